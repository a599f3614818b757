package app.backcoach.load;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Only in the {@code load} profile: how much CPU the request threads spend on each step of a load test,
 * which the simulation names in an {@value #STEP} header ("phase report", "open workout"...). The time is
 * the request thread's own CPU time from the first filter to the answer's end: Spring Security, Vaadin, the
 * views and the database calls, but not Tomcat's socket threads, the collector or the compiler.
 * {@code GET /load-cpu} answers the table as text, {@code GET /load-cpu?reset} starts it over.
 */
@Component
@Profile("load")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestCpuMeter extends OncePerRequestFilter {

    static final String STEP = "X-Load-Step";
    static final String PATH = "/load-cpu";
    private static final String UNNAMED = "(not named)";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    private static final class Step {
        final LongAdder count = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder wallNanos = new LongAdder();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && PATH.equals(request.getRequestURI())) {
            if (request.getParameter("reset") != null) {
                steps.clear();
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(table());
            return;
        }
        String name = request.getHeader(STEP);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Step step = steps.computeIfAbsent(name == null || name.isBlank() ? UNNAMED : name, any -> new Step());
            step.count.increment();
            step.cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
            step.wallNanos.add(System.nanoTime() - wall);
        }
    }

    /** One line per step: requests, CPU in all (s), CPU and time in the server per request (ms), share of the CPU. */
    private String table() {
        Map<String, Step> sorted = new TreeMap<>(steps);
        Step all = new Step();
        sorted.values().forEach(step -> {
            all.count.add(step.count.sum());
            all.cpuNanos.add(step.cpuNanos.sum());
            all.wallNanos.add(step.wallNanos.sum());
        });
        StringBuilder table = new StringBuilder(
                "| step | requests | CPU s | CPU ms per request | server ms per request | share of CPU |\n|---|---|---|---|---|---|\n");
        sorted.forEach((name, step) -> table.append(line(name, step, all.cpuNanos.sum())));
        return table.append(line("all", all, all.cpuNanos.sum())).toString();
    }

    private static String line(String name, Step step, double allCpu) {
        long count = step.count.sum();
        long cpuNanos = step.cpuNanos.sum();
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.3f | %.3f | %.1f %% |%n", name, count, cpuNanos / 1e9,
                count == 0 ? 0 : cpuNanos / 1e6 / count, count == 0 ? 0 : step.wallNanos.sum() / 1e6 / count,
                allCpu == 0 ? 0 : 100 * cpuNanos / allCpu);
    }
}
