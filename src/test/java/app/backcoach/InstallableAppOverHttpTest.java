package app.backcoach;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser checks before it offers to install the app, over real HTTP and without signing in: the
 * manifest, its icons, the service worker and the offline page it falls back to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InstallableAppOverHttpTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void theManifestIsServedToAnyoneAsAValidWebAppManifest() throws Exception {
        HttpResponse<String> response = getText("manifest.webmanifest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/manifest+json"));
        JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
        assertThat(manifest.path("name").asString()).isEqualTo("BackCoach");
        assertThat(manifest.path("short_name").asString()).isNotBlank().hasSizeLessThanOrEqualTo(12);
        assertThat(manifest.path("start_url").asString()).isEqualTo("/");
        assertThat(manifest.path("display").asString()).isEqualTo("standalone");
        assertThat(manifest.path("theme_color").asString()).matches("#[0-9a-f]{6}");
        assertThat(manifest.path("background_color").asString()).matches("#[0-9a-f]{6}");
        assertThat(icons(manifest)).extracting(JsonNode::toString)
                .anySatisfy(icon -> assertThat(icon).contains("\"sizes\":\"192x192\""))
                .anySatisfy(icon -> assertThat(icon).contains("\"sizes\":\"512x512\"").contains("\"purpose\":\"any\""))
                .anySatisfy(icon -> assertThat(icon).contains("\"purpose\":\"maskable\""));
    }

    @Test
    void everyIconOfTheManifestIsAPngOfTheSizeItClaims() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(getText("manifest.webmanifest").body());

        for (JsonNode icon : icons(manifest)) {
            String src = icon.path("src").asString();
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(src.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(src).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).as(src).hasValue("image/png");
            assertThat(icon.path("type").asString()).as(src).isEqualTo("image/png");
            byte[] png = image.body();
            assertThat(Arrays.copyOf(png, 8)).as("%s starts as a PNG", src).isEqualTo(PNG_SIGNATURE);
            // the IHDR chunk comes first: width and height, 4 bytes each, from byte 16
            int width = ByteBuffer.wrap(png, 16, 4).getInt();
            int height = ByteBuffer.wrap(png, 20, 4).getInt();
            assertThat(width + "x" + height).as(src).isEqualTo(icon.path("sizes").asString());
        }
    }

    @Test
    void theOfflineWorkerIsAPublicScriptThatIsNeverStoredAndCachesOnlyTheOfflinePage() throws Exception {
        HttpResponse<String> worker = getText("offline-worker.js");

        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(worker.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).containsAnyOf("no-store", "no-cache"));
        assertThat(worker.body()).contains("offline.html", "request.mode !== 'navigate'")
                .doesNotContain("v-r=uidl").doesNotContain("cache.put");
    }

    @Test
    void theOfflinePageIsPublicAndSelfContained() throws Exception {
        HttpResponse<String> page = getText("offline.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("BackCoach needs a connection; your finished sets are saved", "Try again")
                .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link");
    }

    @Test
    void thePageShellLinksTheManifestAndRegistersTheWorker() throws Exception {
        HttpResponse<String> login = getText("login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("rel=\"manifest\"", "manifest.webmanifest",
                "navigator.serviceWorker.register('offline-worker.js')", "name=\"theme-color\"");
    }

    private static List<JsonNode> icons(JsonNode manifest) {
        List<JsonNode> icons = new ArrayList<>();
        manifest.path("icons").forEach(icons::add);
        return icons;
    }

    private HttpResponse<String> getText(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
