package app.backcoach.security.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The sign-in page's markup, in one place for its two uses: the view in a running page ({@link LoginView}) and
 * the plain page that a full load of {@code /login} gets without Vaadin's client ({@link SignInPage}). Both
 * come out the same.
 */
final class SignInMarkup {

    /** The classes of the page's {@code <main>}. */
    static final List<String> PAGE_CLASSES = List.of("auth-page", "sign-in-page", LumoUtility.Padding.Vertical.LARGE,
            LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.MinHeight.SCREEN, LumoUtility.BoxSizing.BORDER);
    static final String ERROR_ID = "sign-in-error";

    /** The elements the working page gives behaviour to. */
    record Parts(Element username, Element password, Element reveal, Element error) {
    }

    private SignInMarkup() {
    }

    /**
     * Adds the page's content to {@code page}.
     *
     * @param text the translation of a key, in the page's language
     */
    static Parts fill(Element page, UnaryOperator<String> text, String registerHref) {
        page.getClassList().addAll(PAGE_CLASSES);
        Element logo = new Element("img").setAttribute("src", "images/logo.svg").setAttribute("alt", "");
        logo.getClassList().add("auth-logo");
        Element register = new Element("a").setAttribute("href", registerHref).setText(text.apply("login.register"));
        register.getClassList().add("big-link");

        Element error = new Element("div").setAttribute("role", "alert").appendChild(
                paragraph(text.apply("login.error.title")), paragraph(text.apply("login.error.message")));
        error.getClassList().add("sign-in-error");
        error.getChild(0).getClassList().add("sign-in-error-title");
        Element username = field("username", "text", "username");
        Element password = field("password", "password", "current-password");
        Element reveal = new Element("button").setAttribute("type", "button").setText(text.apply("login.showPassword"))
                .setAttribute("aria-label", text.apply("login.showPasswordName")).setAttribute("aria-pressed", "false");
        reveal.getClassList().add("reveal-password");
        Element passwordRow = new Element("div").appendChild(password, reveal);
        passwordRow.getClassList().add("password-row");
        Element submit = new Element("button").setAttribute("type", "submit").setText(text.apply("login.submit"));
        submit.getClassList().add("sign-in-submit");

        Element form = new Element("form").setAttribute("method", "post").setAttribute("action", "login")
                .appendChild(new Element("h2").setText(text.apply("login.title")), error,
                        label("username", text.apply("login.username")), username,
                        label("password", text.apply("login.password")), passwordRow, submit);
        form.getClassList().add("sign-in-form");
        error.setAttribute("id", ERROR_ID);
        username.setAttribute("autofocus", true);
        reveal.setAttribute("aria-controls", "password");
        page.appendChild(logo, new Element("h1").setText(text.apply("app.name")),
                paragraph(text.apply("login.intro")), form, register, paragraph(text.apply("app.disclaimer")));
        return new Parts(username, password, reveal, error);
    }

    private static Element paragraph(String text) {
        return new Element("p").setText(text);
    }

    /**
     * A native input: its value stays in the browser until the form is posted (no property is synchronised).
     * Neither field is spell-checked, capitalised or corrected: a password shown as text must not go to a
     * spelling service or be changed by a phone's keyboard.
     */
    private static Element field(String name, String type, String autocomplete) {
        return new Element("input").setAttribute("type", type).setAttribute("autocomplete", autocomplete)
                .setAttribute("spellcheck", "false").setAttribute("autocapitalize", "none")
                .setAttribute("autocorrect", "off").setAttribute("id", name).setAttribute("name", name)
                .setAttribute("required", true);
    }

    private static Element label(String forId, String text) {
        return new Element("label").setText(text).setAttribute("for", forId);
    }
}
