package app.backcoach.security;

/** The roles of BackCoach: so far every account is a plain user. */
public final class Roles {

    public static final String USER = "USER";
    static final String PREFIXED_USER = "ROLE_" + USER;

    private Roles() {
    }
}
