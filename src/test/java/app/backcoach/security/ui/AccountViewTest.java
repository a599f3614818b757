package app.backcoach.security.ui;

import app.backcoach.KaribuTest;
import app.backcoach.TestAccounts;
import app.backcoach.UserRows;
import app.backcoach.security.AccountPrincipal;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class AccountViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal me;

    @BeforeEach
    void openMyAccount() {
        me = signInAsNewUser();
        ui().navigate("account");
    }

    @Test
    void showsWhoIsSignedIn() {
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Signed in as " + me.getUsername());
    }

    @Test
    void aWrongCurrentPasswordIsShownAtItsField() {
        field("Current password").setValue("not-my-password");
        field("New password").setValue("quiet-harbour-lantern-7");
        field("New password again").setValue("quiet-harbour-lantern-7");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(field("Current password").getErrorMessage()).isEqualTo("That is not your current password.");
    }

    @Test
    void changingThePasswordConfirmsIt() {
        field("Current password").setValue(TestAccounts.PASSWORD);
        field("New password").setValue("quiet-harbour-lantern-7");
        field("New password again").setValue("quiet-harbour-lantern-7");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        expectNotifications("Your password has been changed.");
        assertThat(field("Current password").getValue()).isEmpty();
    }

    @Test
    void offersAllMyDataAsOneZip() throws IOException {
        Anchor download = _get(Anchor.class, spec -> spec.withText("Download all my data (ZIP)"));

        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(_download(download)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyInAnyOrder("README.txt", "backcoach-my-data.json");
    }

    @Test
    void deletingNeedsTheTickBoxAndRemovesEverythingAfterConfirmation() {
        field("Your password").setValue(TestAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Delete my account")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(deleteConfirmation().isInvalid()).isTrue();
        assertThat(UserRows.of(jdbc, me.id())).containsEntry("APP_USER", 1);

        deleteConfirmation().setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Delete my account")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(UserRows.of(jdbc, me.id())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    private static Checkbox deleteConfirmation() {
        return _get(Checkbox.class, spec -> spec.withLabel("I understand that all my data will be deleted for good"));
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }
}
