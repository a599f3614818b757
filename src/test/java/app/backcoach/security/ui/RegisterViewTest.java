package app.backcoach.security.ui;

import app.backcoach.KaribuTest;
import app.backcoach.TestAccounts;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;

    private String name;

    @BeforeEach
    void openRegistration() {
        name = TestAccounts.uniqueName("newcomer");
        ui().navigate("register");
    }

    @Test
    void aShortPasswordIsRejectedAtItsField() {
        fillIn(name, "short", "short");

        assertThat(passwordField("Password").isInvalid()).isTrue();
        assertThat(passwordField("Password").getErrorMessage()).isEqualTo("Use at least 8 characters.");
        assertThat(stored(name)).isZero();
    }

    @Test
    void aCommonPasswordIsRejectedAsTooEasy() {
        fillIn(name, "iloveyou1", "iloveyou1");

        assertThat(passwordField("Password").getErrorMessage()).startsWith("This password is too easy to guess.");
        assertThat(stored(name)).isZero();
    }

    @Test
    void mismatchedPasswordsAreRejected() {
        fillIn(name, TestAccounts.PASSWORD, TestAccounts.PASSWORD + "x");

        assertThat(passwordField("Password again").getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(stored(name)).isZero();
    }

    @Test
    void aTakenUsernameIsRejectedWhateverItsCase() {
        AccountPrincipal taken = TestAccounts.create(accounts, "Taken");

        fillIn(taken.getUsername().toLowerCase(), TestAccounts.PASSWORD, TestAccounts.PASSWORD);

        assertThat(_get(TextField.class, spec -> spec.withLabel("Username")).getErrorMessage())
                .isEqualTo("That username is taken. Please choose another one.");
        assertThat(stored(taken.getUsername())).isEqualTo(1);
    }

    @Test
    void aGoodRegistrationStoresTheAccountAndSignsIn() {
        fillIn(name, TestAccounts.PASSWORD, TestAccounts.PASSWORD);

        assertThat(stored(name)).isEqualTo(1);
        assertThat(currentUser.principal()).get().extracting(AccountPrincipal::getUsername).isEqualTo(name);
    }

    private void fillIn(String username, String password, String passwordAgain) {
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(username);
        passwordField("Password").setValue(password);
        passwordField("Password again").setValue(passwordAgain);
        _click(_get(Button.class, spec -> spec.withText("Create account")));
    }

    private static PasswordField passwordField(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private int stored(String username) {
        return jdbc.queryForObject("select count(*) from app_user where username_key = lower(?)", Integer.class,
                username);
    }
}
