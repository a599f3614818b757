package app.backcoach.security.ui;

import app.backcoach.TestClockConfiguration;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web side of security, checked over real HTTP against the embedded Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityOverHttpTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    Environment environment;

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        assertThat(postLogin("Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(postLogin("Origin", "null").statusCode()).isEqualTo(403);
        assertThat(postLogin().statusCode()).as("a post that says nothing of where it comes from").isEqualTo(403);
        assertThat(postLogin("Origin", "http://localhost:" + (port + 1)).statusCode()).isEqualTo(403);
        assertThat(postLogin("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(postLogin("Sec-Fetch-Site", "same-site", "Origin", origin()).statusCode())
                .as("Sec-Fetch-Site decides when a browser sends it").isEqualTo(403);
    }

    @Test
    void aSignInPostedFromThisSiteIsHeard() throws Exception {
        HttpResponse<String> byOrigin = postLogin("Origin", origin());
        HttpResponse<String> byFetchSite = postLogin("Sec-Fetch-Site", "same-origin");

        assertThat(byOrigin.statusCode()).isEqualTo(302);
        assertThat(byOrigin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(byFetchSite.statusCode()).isEqualTo(302);
    }

    @Test
    void everyResponseCarriesTheContentSecurityAndPermissionsPoliciesAndIsNotStored() throws Exception {
        for (String path : new String[] {"login", "VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/history.csv",
                "no-such-page"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'none'", "form-action 'self'"));
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValue("camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)");
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("only in prod").isEmpty();
        }
        assertThat(get("images/logo.svg").headers().allValues("Cache-Control")).doesNotContain("no-store");
        // Lumo's stylesheets, linked with a hash of their content: kept like styles.css, not fetched at every visit
        assertThat(get("lumo/lumo.css").headers().allValues("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void anAddressOfTheStaticFilesThatIsAnsweredWithAPageARedirectOrAnErrorIsNotStored() throws Exception {
        // no such file: Vaadin answers with its page shell, which carries the visitor's tokens
        HttpResponse<String> page = get("images/no-such-picture.png");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
        // a fingerprinted file's address is kept for a year when it is the file; not so the sign-in redirect
        HttpResponse<String> redirect = get("VAADIN/build/no-such-file.js");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(get("images/logo.svg").headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg"));
    }

    @Test
    void formPostsAreLimitedToSixteenKilobytes() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        assertThat(tomcat.getTomcat().getConnector().getMaxPostSize()).isEqualTo(16 * 1024);
    }

    @Test
    void forwardedClientAddressesAreTakenOnlyFromTheConfiguredProxy(CapturedOutput output) throws Exception {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        RemoteIpValve valve = Arrays.stream(tomcat.getTomcat().getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.5").matches()).as("not every private address").isFalse();
        assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();

        send(HttpRequest.newBuilder(uri("login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.77").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody-xff&password=wrong-password")).build());

        assertThat(output.getAll()).contains("event=SIGN_IN_FAILED user=none client=203.0.113.77")
                .doesNotContain("wrong-password").doesNotContain("nobody-xff");
    }

    @Test
    void openPagesEndAfterThirtyIdleMinutes() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        Context webApp = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        assertThat(webApp.getSessionTimeout()).isEqualTo(30);
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    private HttpResponse<String> postLogin(String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong-password"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private URI uri(String path) {
        return URI.create(origin() + "/" + path);
    }
}
