package app.backcoach.security.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** What the prod profile turns on for running behind TLS. */
class ProdProfileTest {

    @Test
    void theProdProfileAsksForSecureCookiesHstsAndRealDatabaseCredentials() throws Exception {
        Properties prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }

        assertThat(prod).containsEntry("server.servlet.session.cookie.secure", "true")
                .containsEntry("backcoach.security.secure-cookies", "true")
                .containsEntry("backcoach.security.hsts", "true")
                .containsEntry("backcoach.security.require-db-credentials", "true");
        assertThat(prod.getProperty("spring.datasource.username")).doesNotContain(":sa}");
    }

    @Test
    void withHstsOnEveryResponseTellsBrowsersToUseHttpsOnly() throws Exception {
        MockHttpServletResponse withHsts = filter(new SecurityHeadersFilter(true));
        MockHttpServletResponse without = filter(new SecurityHeadersFilter(false));

        assertThat(withHsts.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(without.getHeader("Strict-Transport-Security")).isNull();
    }

    private static MockHttpServletResponse filter(SecurityHeadersFilter filter) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
        return response;
    }
}
