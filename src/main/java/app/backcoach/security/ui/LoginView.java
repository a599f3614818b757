package app.backcoach.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Sign-in: a plain HTML form that the browser posts to Spring Security itself, and a way to create an account.
 * It is the first page a new person meets, often on a slow phone, so it is made of native elements only
 * (decision 29): no field component has to load and start before it can be used. The typed name and password
 * go to the server only in the form's post, never through Vaadin's own requests.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of this page, for links. */
    static String href() {
        return RouteConfiguration.forApplicationScope().getUrl(LoginView.class);
    }

    private final Div error = new Div();
    private final Element username = field("username", "text", "username");
    private final Element password = field("password", "password", "current-password");
    private final NativeButton reveal = new NativeButton(getTranslation("login.showPassword"));

    LoginView() {
        addClassNames("auth-page", "sign-in-page", LumoUtility.Padding.Vertical.LARGE,
                LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.MinHeight.SCREEN, LumoUtility.BoxSizing.BORDER);
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("auth-logo");
        Anchor register = new Anchor(RegisterView.href(), getTranslation("login.register"));
        register.addClassName("big-link");
        add(logo, new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        getElement().appendChild(form());
        add(register, new Paragraph(getTranslation("app.disclaimer")));
        username.setAttribute("autofocus", true);
    }

    private Element form() {
        Element form = new Element("form").setAttribute("method", "post").setAttribute("action", "login");
        form.getClassList().add("sign-in-form");
        error.addClassName("sign-in-error");
        error.setId("sign-in-error");
        error.getElement().setAttribute("role", "alert");
        error.add(new Paragraph(getTranslation("login.error.title")), new Paragraph(getTranslation("login.error.message")));
        error.getChildren().findFirst().ifPresent(title -> title.addClassName("sign-in-error-title"));
        error.setVisible(false);

        reveal.getElement().setAttribute("type", "button");
        reveal.addClassName("reveal-password");
        reveal.getElement().setAttribute("aria-label", getTranslation("login.showPasswordName"));
        reveal.getElement().setAttribute("aria-pressed", "false");
        reveal.getElement().setAttribute("aria-controls", "password");
        // in the browser: no round trip, so it works at once on a slow connection and never loses what was typed
        reveal.getElement().executeJs("""
                const input = document.getElementById($0);
                this.addEventListener('click', () => {
                  const shown = input.type === 'text';
                  input.type = shown ? 'password' : 'text';
                  this.setAttribute('aria-pressed', String(!shown));
                });""", "password");
        Element passwordRow = new Element("div");
        passwordRow.getClassList().add("password-row");
        passwordRow.appendChild(password, reveal.getElement());

        NativeButton submit = new NativeButton(getTranslation("login.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("sign-in-submit");

        form.appendChild(new H2(getTranslation("login.title")).getElement(), error.getElement(),
                label("username", getTranslation("login.username")), username,
                label("password", getTranslation("login.password")), passwordRow, submit.getElement());
        return form;
    }

    /**
     * A native input: its value stays in the browser until the form is posted (no property is synchronised).
     * Neither field is spell-checked, capitalised or corrected: a password shown as text must not go to a
     * spelling service or be changed by a phone's keyboard.
     */
    private static Element field(String name, String type, String autocomplete) {
        return new Element("input").setAttribute("id", name).setAttribute("name", name).setAttribute("type", type)
                .setAttribute("autocomplete", autocomplete).setAttribute("required", true)
                .setAttribute("spellcheck", "false").setAttribute("autocapitalize", "none")
                .setAttribute("autocorrect", "off");
    }

    private static Element label(String forId, String text) {
        return new Element("label").setAttribute("for", forId).setText(text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        error.setVisible(failed);
        if (failed) {
            username.setAttribute("aria-describedby", error.getId().orElseThrow());
        } else {
            username.removeAttribute("aria-describedby");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
