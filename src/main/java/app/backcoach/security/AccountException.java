package app.backcoach.security;

/** A request about an account that cannot be done; the message is a translation key for the user. */
public class AccountException extends RuntimeException {

    /** Which input the problem is about, so a form can show it at the right field. */
    public enum Field { USERNAME, PASSWORD, PASSWORD_AGAIN, CURRENT_PASSWORD, CONFIRMATION }

    private final Field field;

    public AccountException(Field field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
