package app.backcoach.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Device cookies (OWASP's "slow down online guessing attacks with device cookies"): a browser that signed
 * in to an account gets a cookie, signed with a server key and bound to that username, that lets its
 * sign-ins be counted on their own. The cookie holds a random device id and a signature; no name.
 * Without {@code BACKCOACH_DEVICE_KEY} the key is made at start, so a restart turns every browser back
 * into an unknown one (which only means the ordinary limits apply to it).
 */
@Component
class DeviceCookies {

    static final String NAME = "backcoach-device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final boolean alwaysSecure;
    private final SecureRandom random = new SecureRandom();

    DeviceCookies(@Value("${backcoach.security.device-key:}") String configuredKey,
                  @Value("${backcoach.security.secure-cookies:false}") boolean alwaysSecure) {
        byte[] secret = new byte[32];
        if (configuredKey.isBlank()) {
            new SecureRandom().nextBytes(secret);
        } else {
            secret = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.alwaysSecure = alwaysSecure;
    }

    /** A new cookie value for a browser that just signed in as {@code username}. */
    String newValue(String username) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String deviceId = BASE64.encodeToString(id);
        return deviceId + "." + signature(deviceId, username);
    }

    /** The device id of a cookie that this server signed for this username; empty for any other value. */
    Optional<String> trustedDevice(String cookieValue, String username) {
        if (cookieValue == null || username == null || username.length() > AccountService.USERNAME_MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String deviceId = cookieValue.substring(0, dot);
        byte[] expected = signature(deviceId, username).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(deviceId) : Optional.empty();
    }

    /** Sets a new device cookie on the response being served, if there is one. */
    void issue(String username) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        ResponseCookie cookie = ResponseCookie.from(NAME, newValue(username))
                .path(request.getContextPath() + "/login")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(alwaysSecure || request.isSecure())
                .sameSite("Strict")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private String signature(String deviceId, String username) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signed = mac.doFinal((deviceId + "|" + AppUser.keyOf(username)).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
