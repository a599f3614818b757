package app.backcoach.load;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestCpuMeterTest {

    private final RequestCpuMeter meter = new RequestCpuMeter();

    private void request(String step, Runnable work) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        if (step != null) {
            request.addHeader(RequestCpuMeter.STEP, step);
        }
        meter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                work.run();
            }
        }));
    }

    private String table(boolean reset) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", RequestCpuMeter.PATH);
        if (reset) {
            request.setParameter("reset", "");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        meter.doFilter(request, response, new MockFilterChain());
        return response.getContentAsString();
    }

    private static void spin(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long sum = 0;
        while (System.nanoTime() < until) {
            sum += until % 7;
        }
        assertThat(sum).isNotNegative();
    }

    @Test
    void countsTheRequestsAndTheirCpuPerNamedStep() throws Exception {
        request("phase report", () -> spin(30));
        request("phase report", () -> spin(30));
        request("open workout", () -> { });
        request(null, () -> { });

        String table = table(false);

        assertThat(table).contains("| step | requests | CPU s | CPU ms per request |");
        String phase = table.lines().filter(line -> line.startsWith("| phase report |")).findFirst().orElseThrow();
        assertThat(phase).startsWith("| phase report | 2 |");
        // two requests that each kept the thread busy for 30 ms (the first also loads classes)
        assertThat(Double.parseDouble(phase.split("\\|")[4].trim())).isGreaterThanOrEqualTo(15.0);
        assertThat(Double.parseDouble(phase.split("\\|")[5].trim())).isGreaterThanOrEqualTo(30.0);
        assertThat(table).contains("| open workout | 1 |").contains("| (not named) | 1 |").contains("| all | 4 |");
    }

    @Test
    void resetStartsOver() throws Exception {
        request("phase report", () -> { });

        assertThat(table(true)).doesNotContain("phase report");
        assertThat(table(false)).contains("| all | 0 |");
    }
}
