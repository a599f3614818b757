package app.backcoach.security;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs service calls as if inside a web request from one client address, with or without a device cookie. */
final class FromClient {

    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
    final MockHttpServletResponse response = new MockHttpServletResponse();

    private FromClient(String address, String deviceCookie) {
        request.setRemoteAddr(address);
        if (deviceCookie != null) {
            request.setCookies(new Cookie(DeviceCookies.NAME, deviceCookie));
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
    }

    static FromClient at(String address) {
        return new FromClient(address, null);
    }

    static FromClient at(String address, String deviceCookie) {
        return new FromClient(address, deviceCookie);
    }

    /** The device cookie the server set in this request's response, or null. */
    String deviceCookieSet() {
        Cookie cookie = response.getCookie(DeviceCookies.NAME);
        return cookie == null ? null : cookie.getValue();
    }

    static void none() {
        RequestContextHolder.resetRequestAttributes();
    }
}
