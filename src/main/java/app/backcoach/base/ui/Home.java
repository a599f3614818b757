package app.backcoach.base.ui;

import com.vaadin.flow.component.UI;

/**
 * The app's home address, the root. The shell owns it so that every page can lead home without knowing
 * which feature's page lives there (the today page mounts itself at {@link #PATH}).
 */
public final class Home {

    public static final String PATH = "";

    private Home() {
    }

    public static void open() {
        UI.getCurrent().navigate(PATH);
    }

    public static String href() {
        return PATH;
    }
}
