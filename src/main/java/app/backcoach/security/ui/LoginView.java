package app.backcoach.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Sign-in: Vaadin's login form posting to Spring Security, and a way to create an account. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of this page, for links. */
    static String href() {
        return RouteConfiguration.forApplicationScope().getUrl(LoginView.class);
    }

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassNames("auth-page", LumoUtility.Padding.Vertical.LARGE, LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.MinHeight.SCREEN, LumoUtility.BoxSizing.BORDER);
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("auth-logo");
        Anchor register = new Anchor(RegisterView.href(), getTranslation("login.register"));
        register.addClassName("big-link");
        add(logo, new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form,
                register, new Paragraph(getTranslation("app.disclaimer")));
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
