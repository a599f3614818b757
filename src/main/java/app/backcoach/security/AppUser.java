package app.backcoach.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A person's account: their username and the hash of their password. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String usernameKey;
    private String passwordHash;
    private Instant createdAt;
    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.usernameKey = keyOf(username);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** The form of a username that decides uniqueness: "Anna" and "anna" are the same account. */
    static String keyOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
