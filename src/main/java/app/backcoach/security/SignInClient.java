package app.backcoach.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where an attempt comes from: the client's address (Tomcat takes it from {@code X-Forwarded-For} only
 * when the connection comes from a configured proxy, {@code server.tomcat.remoteip.internal-proxies})
 * and the device cookie it shows, if any.
 */
record SignInClient(String address, String deviceCookie) {

    static final SignInClient UNKNOWN = new SignInClient("unknown", null);
    private static final int MAX_ADDRESS_LENGTH = 64;
    private static final int MAX_COOKIE_LENGTH = 200;

    /** The client of the request being served, or {@link #UNKNOWN} outside a request. */
    static SignInClient current() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return UNKNOWN;
        }
        String address = request.getRemoteAddr();
        if (address == null || address.isEmpty()) {
            address = "unknown";
        } else if (address.length() > MAX_ADDRESS_LENGTH) {
            address = address.substring(0, MAX_ADDRESS_LENGTH);
        }
        return new SignInClient(address, deviceCookie(request));
    }

    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (DeviceCookies.NAME.equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().length() <= MAX_COOKIE_LENGTH) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
