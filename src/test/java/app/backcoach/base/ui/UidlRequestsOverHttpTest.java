package app.backcoach.base.ui;

import app.backcoach.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser's page sends and gets back for each click, over real HTTP, with the app's own reading of the
 * request body ({@link LeanUidlRequests}): answered as before, and a body over Vaadin's maximum still refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class UidlRequestsOverHttpTest {

    /** Vaadin's default {@code maxRequestBodySize}, in characters; the app does not change it. */
    private static final int MAXIMUM = 10 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @LocalServerPort
    int port;

    private String uiId;
    private String csrfToken;

    /** A new tab on the registration page, which anyone may open: the UI id and the token its requests carry. */
    @BeforeEach
    void openTab() throws Exception {
        assertThat(get("register").statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(get("?v-r=init&location=register&query=").body()).path("appConfig");
        uiId = config.path("v-uiId").asString();
        csrfToken = config.path("uidl").path("Vaadin-Security-Key").asString();
        assertThat(uiId).isNotBlank();
        assertThat(csrfToken).isNotBlank();
    }

    @Test
    void aNavigationIsAnsweredWithThePage() throws Exception {
        HttpResponse<String> answer = uidl(navigation("register"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"syncId\":1", "Create an account");
    }

    @Test
    void aBodyOverTheMaximumIsRefusedAndChangesNothing() throws Exception {
        ObjectNode oversized = navigation("register");
        oversized.put("padding", "x".repeat(MAXIMUM));

        HttpResponse<String> refused = uidl(oversized);
        HttpResponse<String> next = uidl(navigation("register"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).as("the same message number is still the next one").contains("\"syncId\":1",
                "Create an account");
    }

    @Test
    void aBodyOfManyCharactersBeyondOneBufferIsReadWhole() throws Exception {
        ObjectNode manyCharacters = navigation("register");
        manyCharacters.put("padding", "ä€😀".repeat(20_000));

        HttpResponse<String> answer = uidl(manyCharacters);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"syncId\":1", "Create an account");
    }

    /** The body a click on a link to {@code route} sends, as the first message of the tab. */
    private ObjectNode navigation(String route) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ObjectNode rpc = body.putArray("rpc").addObject().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        ObjectNode data = rpc.putObject("data").put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return body.put("syncId", 0).put("clientId", 0);
    }

    private HttpResponse<String> uidl(ObjectNode body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
