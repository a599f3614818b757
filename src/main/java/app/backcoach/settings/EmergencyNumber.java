package app.backcoach.settings;

import java.util.Set;
import java.util.regex.Pattern;

/** The usual emergency number of a country, for the emergency screen's call button. */
public final class EmergencyNumber {

    public static final String UK = "999";
    public static final String NORTH_AMERICA = "911";
    /** Europe's number, and the one most mobile phones also connect elsewhere. */
    public static final String EUROPE = "112";
    /** The numbers the emergency screen always lists besides the person's own. */
    public static final Set<String> COMMON = Set.of(UK, EUROPE, NORTH_AMERICA);
    public static final int MAX_LENGTH = 6;
    /** The countries My account offers, whose usual number the sources and this class name. */
    public static final java.util.List<String> COUNTRIES =
            java.util.List.of("GB", "IE", "ES", "US", "CA");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{2," + MAX_LENGTH + "}");

    private EmergencyNumber() {
    }

    /** @param country an ISO 3166 country code, or empty when unknown */
    public static String forCountry(String country) {
        return switch (country == null ? "" : country.toUpperCase(java.util.Locale.ROOT)) {
            case "GB" -> UK;
            case "US", "CA" -> NORTH_AMERICA;
            default -> EUROPE;
        };
    }

    public static boolean isValid(String number) {
        return number != null && DIGITS.matcher(number).matches();
    }
}
