package app.backcoach.base.ui;

import com.vaadin.flow.server.RequestBodyTooLargeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeanUidlRequestsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 511, 512, 513, 8191, 8192, 8193, 100_000})
    void theWholeBodyIsReadWhateverLengthTheRequestDeclares(int length) throws Exception {
        String body = "é".repeat(length);

        for (long declared : new long[] {-1, 0, length, length * 2L, Long.MAX_VALUE}) {
            assertThat(LeanUidlRequests.readBody(new StringReader(body), declared, -1)).as("declared " + declared)
                    .isEqualTo(body);
        }
    }

    @Test
    void aBodyUpToTheMaximumIsReadAndOneCharacterMoreIsRefused() throws Exception {
        assertThat(LeanUidlRequests.readBody(new StringReader("x".repeat(1000)), 1000, 1000)).hasSize(1000);
        assertThatThrownBy(() -> LeanUidlRequests.readBody(new StringReader("x".repeat(1001)), 1001, 1000))
                .isInstanceOf(RequestBodyTooLargeException.class);
        assertThatThrownBy(() -> LeanUidlRequests.readBody(new StringReader("x".repeat(20_000)), 10, 1000))
                .as("a request that declares less than it sends").isInstanceOf(RequestBodyTooLargeException.class);
    }
}
