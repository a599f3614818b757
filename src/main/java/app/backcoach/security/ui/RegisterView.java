package app.backcoach.security.ui;

import app.backcoach.security.AccountException;
import app.backcoach.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Creating an account: a username and a password typed twice; each problem is shown at its field. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle {

    /** The address of this page, for links. */
    static String href() {
        return RouteConfiguration.forApplicationScope().getUrl(RegisterView.class);
    }

    private final AccountService accounts;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("auth-page", LumoUtility.Padding.Vertical.LARGE, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.MinHeight.SCREEN, LumoUtility.BoxSizing.BORDER);
        setAlignItems(Alignment.CENTER);
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.usernameHelp", AccountService.USERNAME_MIN_LENGTH,
                AccountService.USERNAME_MAX_LENGTH));
        username.setMaxLength(AccountService.USERNAME_MAX_LENGTH);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.passwordHelp", AccountService.PASSWORD_MIN_LENGTH));
        password.setMaxLength(AccountService.PASSWORD_MAX_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        passwordAgain.setLabel(getTranslation("register.passwordAgain"));
        passwordAgain.setMaxLength(AccountService.PASSWORD_MAX_LENGTH);
        passwordAgain.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button create = new Button(getTranslation("register.submit"), event -> register());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FormLayout form = new FormLayout(username, password, passwordAgain, create);
        form.setMaxWidth("26rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Anchor login = new Anchor(LoginView.href(), getTranslation("register.login"));
        login.addClassName("big-link");
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form, login);
    }

    private void register() {
        username.setInvalid(false);
        password.setInvalid(false);
        passwordAgain.setInvalid(false);
        try {
            SessionSignIn.signIn(accounts.register(username.getValue(), password.getValue(), passwordAgain.getValue()));
            // a full page load, so that the whole page runs under the new session id and sign-in
            getUI().ifPresent(ui -> ui.getPage().setLocation(VaadinService.getCurrentRequest().getContextPath() + "/"));
        } catch (AccountException problem) {
            var field = switch (problem.field()) {
                case USERNAME -> username;
                case PASSWORD_AGAIN -> passwordAgain;
                default -> password;
            };
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            field.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
