package app.backcoach.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;

import java.util.Locale;

/**
 * The icons the app shows, each a symbol of one small SVG sprite ({@value #SPRITE}, served as a static file
 * and cached by the browser) drawn from the Vaadin Icons set. Vaadin's {@code Icon} would bring the whole
 * set of 600 icons into the page's first download (about 55 KiB compressed) for these few.
 * The sprite is made from this list by {@code frontend/icon-sprite.mjs}; after adding a constant, run it.
 */
public enum AppIcon {
    ARROW_DOWN,
    ARROW_RIGHT,
    ARROW_UP,
    BOOK,
    CALENDAR,
    CALENDAR_CLOCK,
    CHART,
    CHECK,
    CHECK_SQUARE_O,
    CLIPBOARD_CHECK,
    CLOSE_CIRCLE,
    CLOSE_SMALL,
    CLOUD,
    COPY,
    COPY_O,
    DOCTOR,
    DROP,
    EDIT,
    EXCLAMATION_CIRCLE,
    FIRE,
    FLAG_CHECKERED,
    HEART,
    HOME,
    MALE,
    PAUSE,
    PLAY,
    PLAY_CIRCLE,
    PLUS,
    PRINT,
    REFRESH,
    ROAD,
    STEP_BACKWARD,
    STEP_FORWARD,
    STOP,
    THIN_SQUARE,
    TIMER,
    TRASH,
    UNLOCK,
    USER,
    VOLUME_OFF,
    VOLUME_UP;

    /** The sprite, relative to the app's base address. */
    public static final String SPRITE = "icons/app-icons.svg";

    /** The symbol's name in the sprite, e.g. "step-forward". */
    public String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SvgIcon create() {
        return new SvgIcon(SPRITE, symbol());
    }

    /** The icon of a menu entry, named by its symbol in {@code @Menu(icon = ...)}. */
    public static AppIcon ofSymbol(String symbol) {
        return valueOf(symbol.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
