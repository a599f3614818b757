package app.backcoach.base.ui;

/**
 * An entry of the signed-in person's menu in the top bar. Features offer their entries as Spring beans, so
 * that the shell lists them without importing the features.
 */
public interface UserMenuEntry {

    /** The translation key of its label. */
    String labelKey();

    /** Opens the entry's page. */
    void open();
}
