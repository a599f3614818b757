package app.backcoach.care;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CareRulesTest {

    private static final Instant BEGAN = Instant.parse("2026-11-10T09:30:00Z");

    @Test
    void coldForTheFirst72HoursHeatFromThen() {
        assertThat(CareRules.packFor(BEGAN, BEGAN)).contains(CareKind.COLD);
        assertThat(CareRules.packFor(BEGAN, BEGAN.plus(Duration.ofHours(72)).minusSeconds(1))).contains(CareKind.COLD);
        assertThat(CareRules.packFor(BEGAN, BEGAN.plus(Duration.ofHours(72)))).contains(CareKind.HEAT);
        assertThat(CareRules.packFor(BEGAN, BEGAN.plus(Duration.ofDays(20)))).contains(CareKind.HEAT);
    }

    @Test
    void withoutAStartThereIsNoSuggestion() {
        assertThat(CareRules.packFor(null, BEGAN)).isEmpty();
    }

    @Test
    void theNextPackIsDueOneToTwoHoursAfterTheLastEnded() {
        Instant ended = Instant.parse("2026-11-10T12:00:00Z");
        CareRules.NextPack next = CareRules.nextPack(ended);
        assertThat(next.from()).isEqualTo(Instant.parse("2026-11-10T13:00:00Z"));
        assertThat(next.until()).isEqualTo(Instant.parse("2026-11-10T14:00:00Z"));
        assertThat(next.dueAt(next.from().minusSeconds(1))).isFalse();
        assertThat(next.dueAt(next.from())).isTrue();
    }
}
