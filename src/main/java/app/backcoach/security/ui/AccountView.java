package app.backcoach.security.ui;

import app.backcoach.base.PersonalDataExport;
import app.backcoach.base.ui.AccountSection;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.security.AccountException;
import app.backcoach.security.AccountService;
import app.backcoach.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.io.OutputStream;
import java.util.List;

/**
 * "My account": change the password, the sections features add (such as calendar reminders), download all of
 * one's data, or delete the account with all its data.
 */
@Route("account")
@PermitAll
// the components of the sections other features add (the reminder times): the production bundle loads with a
// page only the components its own classes name, and these sections reach it as Spring beans
@Uses(TimePicker.class)
@Uses(HorizontalLayout.class)
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    /** Opens the account page. */
    public static void open() {
        UI.getCurrent().navigate(AccountView.class);
    }

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final PasswordField currentPassword = passwordField("account.currentPassword");
    private final PasswordField newPassword = passwordField("account.newPassword");
    private final PasswordField newPasswordAgain = passwordField("account.newPasswordAgain");
    private final PasswordField deletePassword = passwordField("account.deletePassword");
    private final Checkbox deleteConfirmation = new Checkbox();

    AccountView(AccountService accounts, CurrentUser currentUser, AuthenticationContext authentication,
                PersonalDataExport myData, List<AccountSection> sections) {
        this.accounts = accounts;
        this.authentication = authentication;
        PageFrame.apply(this);
        String name = currentUser.principal().map(p -> p.getUsername()).orElse("");
        add(new H1(getTranslation("account.title")), new Paragraph(getTranslation("account.signedInAs", name)));
        sections.forEach(section -> add(section.create()));
        add(new H2(getTranslation("account.changePassword")), changePasswordForm(),
                new H2(getTranslation("account.myData")), new Paragraph(getTranslation("account.myDataIntro")),
                download(myData),
                new H2(getTranslation("account.delete")), new Paragraph(getTranslation("account.deleteIntro")),
                deleteForm());
    }

    private FormLayout changePasswordForm() {
        newPassword.setHelperText(getTranslation("register.passwordHelp", AccountService.PASSWORD_MIN_LENGTH));
        Button change = new Button(getTranslation("account.changePasswordButton"), event -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return form(currentPassword, newPassword, newPasswordAgain, change);
    }

    private FormLayout deleteForm() {
        deleteConfirmation.setLabel(getTranslation("account.deleteConfirmation"));
        Button delete = new Button(getTranslation("account.deleteButton"), event -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        return form(deletePassword, deleteConfirmation, delete);
    }

    private Anchor download(PersonalDataExport myData) {
        Anchor download = new Anchor(zip(myData), getTranslation("account.myDataDownload"));
        download.addClassName("big-link");
        return download;
    }

    private static DownloadHandler zip(PersonalDataExport myData) {
        return event -> {
            byte[] zip = myData.zip();
            event.setFileName(PersonalDataExport.FILE_NAME);
            event.setContentType("application/zip");
            event.setContentLength(zip.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(zip);
            }
        };
    }

    private void changePassword() {
        clearErrors();
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue(), newPasswordAgain.getValue());
            currentPassword.clear();
            newPassword.clear();
            newPasswordAgain.clear();
            Notification.show(getTranslation("account.passwordChanged"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException problem) {
            showError(problem, switch (problem.field()) {
                case CURRENT_PASSWORD -> currentPassword;
                case PASSWORD_AGAIN -> newPasswordAgain;
                default -> newPassword;
            });
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("account.deleteDialogTitle"),
                getTranslation("account.deleteDialogText"), getTranslation("account.deleteButton"),
                event -> deleteAccount());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("account.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void deleteAccount() {
        clearErrors();
        try {
            accounts.deleteAccount(deletePassword.getValue(), deleteConfirmation.getValue());
            authentication.logout();
        } catch (AccountException problem) {
            if (problem.field() == AccountException.Field.CONFIRMATION) {
                deleteConfirmation.setErrorMessage(getTranslation(problem.messageKey()));
                deleteConfirmation.setInvalid(true);
            } else {
                showError(problem, deletePassword);
            }
        }
    }

    private void showError(AccountException problem, PasswordField field) {
        field.setErrorMessage(getTranslation(problem.messageKey()));
        field.setInvalid(true);
        field.focus();
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, newPasswordAgain, deletePassword}) {
            field.setInvalid(false);
        }
        deleteConfirmation.setInvalid(false);
    }

    private PasswordField passwordField(String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setMaxLength(AccountService.PASSWORD_MAX_LENGTH);
        return field;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setMaxWidth("26rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
