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
import java.util.Map;

/**
 * The security headers on every response, including the ones Vaadin serves past Spring Security's
 * filter chain (the page shell of a view, a download). Nothing later may weaken them.
 * <p>
 * The content security policy allows what Vaadin needs: inline styles, and inline scripts and
 * {@code eval} for its bootstrap and {@code executeJs}; everything else comes from this origin only.
 * Pages and downloads are never stored by the browser or a proxy ({@code no-store}: they show health
 * data); only the fingerprinted or public static files may be cached. With
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
        Map<String, String> fixed = headers;
        if (!isCacheable(request)) {
            fixed = new LinkedHashMap<>(headers);
            fixed.put("Cache-Control", "no-store");
            fixed.put("Pragma", "no-cache");
            fixed.put("Expires", "0");
        }
        fixed.forEach(response::setHeader);
        Map<String, String> locked = fixed;
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isFixed(locked, name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isFixed(locked, name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isFixed(locked, name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!isFixed(locked, name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return CACHEABLE.stream().anyMatch(path::startsWith);
    }

    private static boolean isFixed(Map<String, String> fixed, String name) {
        return fixed.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
}
