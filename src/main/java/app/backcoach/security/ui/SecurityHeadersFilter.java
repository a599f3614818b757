package app.backcoach.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The security headers on every response, including the ones Vaadin serves past Spring Security's
 * filter chain (the page shell of a view, a download). Nothing later may weaken them.
 * <p>
 * The content security policy allows what Vaadin needs: inline styles, and inline scripts and
 * {@code eval} for its bootstrap and {@code executeJs}; everything else comes from this origin only.
 * Pages and downloads are never stored by the browser or a proxy ({@code no-store}: they show health
 * data); only the fingerprinted or public static files may be cached, and only when they are answered as
 * such: a page, a redirect or an error at their addresses is not stored either. With
 * {@code backcoach.security.hsts=true} (the {@code prod} profile, behind TLS) browsers are told to use
 * HTTPS only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' data: blob:",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Files that hold no personal data and may be cached: Vaadin's fingerprinted bundle, images, the stylesheet. */
    private static final List<String> CACHEABLE = List.of("/VAADIN/build/", "/VAADIN/static/", "/images/",
            "/icons/", "/styles.css", "/lumo/", "/favicon.ico");

    private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache",
            "Expires", "0");

    private final Map<String, String> headers;

    SecurityHeadersFilter(@Value("${backcoach.security.hsts:false}") boolean hsts) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("X-Content-Type-Options", "nosniff");
        fixed.put("X-Frame-Options", "DENY");
        fixed.put("Referrer-Policy", "same-origin");
        fixed.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        fixed.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (hsts) {
            fixed.put("Strict-Transport-Security", HSTS);
        }
        this.headers = Map.copyOf(fixed);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Headers headers = new Headers(response);
        if (!isCacheable(request)) {
            headers.forbidStoring();
        }
        chain.doFilter(request, headers);
    }

    /**
     * The response with its fixed headers locked. A cacheable address that turns out to be a page (Vaadin
     * answers an address it has no file for with its page shell, which holds the person's tokens), a redirect
     * or an error is not stored either, whatever the address promised.
     */
    private final class Headers extends HttpServletResponseWrapper {

        /** The headers nothing later may change, by name in any case. */
        private final Map<String, String> locked = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Headers(HttpServletResponse response) {
            super(response);
            lock(headers);
        }

        private void lock(Map<String, String> fixed) {
            locked.putAll(fixed);
            fixed.forEach(((HttpServletResponse) getResponse())::setHeader);
        }

        void forbidStoring() {
            if (!locked.containsKey("Cache-Control")) {
                lock(NO_STORE);
            }
        }

        private void checkContentType(String type) {
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                forbidStoring();
            }
        }

        private void checkStatus(int status) {
            if (status >= 300 && status != SC_NOT_MODIFIED) {
                forbidStoring();
            }
        }

        @Override
        public void setContentType(String type) {
            checkContentType(type);
            super.setContentType(type);
        }

        @Override
        public void setStatus(int status) {
            checkStatus(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            checkStatus(status);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            checkStatus(status);
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            forbidStoring();
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            forbidStoring();
            super.sendRedirect(location, status);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            forbidStoring();
            super.sendRedirect(location, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            forbidStoring();
            super.sendRedirect(location, status, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            if (mayChange(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (mayChange(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!locked.containsKey(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!locked.containsKey(name)) {
                super.addDateHeader(name, date);
            }
        }

        private boolean mayChange(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                checkContentType(value);
            }
            return !locked.containsKey(name);
        }
    }

    private static boolean isCacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return CACHEABLE.stream().anyMatch(path::startsWith);
    }
}
