package app.backcoach.security;

import org.springframework.context.ApplicationEvent;

import java.io.Serial;

/**
 * Something that matters for the security of an account, for the log: what happened, to which account
 * (null when the username belongs to none) and from which client address. Never a password, a username
 * as typed, or health data.
 */
public final class SecurityEvent extends ApplicationEvent {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Type {
        SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGN_IN_SLOWED_DOWN, REGISTERED, REGISTRATION_SLOWED_DOWN,
        CURRENT_PASSWORD_WRONG, CURRENT_PASSWORD_SLOWED_DOWN, PASSWORD_CHANGED, ACCOUNT_DELETED
    }

    private final Type type;
    private final Long userId;
    private final String clientAddress;

    SecurityEvent(Object source, Type type, Long userId, String clientAddress) {
        super(source);
        this.type = type;
        this.userId = userId;
        this.clientAddress = clientAddress;
    }

    public Type type() {
        return type;
    }

    public Long userId() {
        return userId;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
