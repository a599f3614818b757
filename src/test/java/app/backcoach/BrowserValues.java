package app.backcoach;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * What a browser may send as its time zone and language, for jqwik properties: every zone and language tag
 * Java knows (the rule the settings apply), in the forms browsers and people write them, and what is none.
 */
public final class BrowserValues {

    /** The lengths of the settings' columns. */
    public static final int ZONE_MAX_LENGTH = 64;
    public static final int TAG_MAX_LENGTH = 35;

    private BrowserValues() {
    }

    /** Region ids, offsets of any second within ±18 hours, UTC/GMT/UT with an offset; white space around. */
    public static Arbitrary<String> validZones() {
        Arbitrary<String> regions = Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        Arbitrary<String> offsets = Arbitraries.integers().between(-18 * 3600, 18 * 3600)
                .map(seconds -> ZoneOffset.ofTotalSeconds(seconds).getId());
        Arbitrary<String> wholeHourOffsets = Arbitraries.integers().between(-18, 18)
                .map(hours -> ZoneOffset.ofHours(hours).getId());
        Arbitrary<String> prefixed = Combinators.combine(Arbitraries.of("UTC", "GMT", "UT"),
                        Arbitraries.oneOf(offsets, wholeHourOffsets).filter(offset -> !offset.equals("Z")))
                .as((prefix, offset) -> prefix + offset);
        return withSpaceAround(Arbitraries.oneOf(regions, offsets, wholeHourOffsets, prefixed,
                Arbitraries.of("Z", "UTC", "GMT", "UT", "+1", "-05", "+0530", "GMT0", "Etc/GMT-14")));
    }

    public static Arbitrary<String> invalidZones() {
        return Arbitraries.oneOf(Arbitraries.just(null), Texts.blank(), Texts.any(1, 80),
                        Arbitraries.of("Europe/Atlantis", "Mars/Olympus_Mons", "+19:00", "-18:01", "UTC+24", "GMT+",
                                "utc", "europe/london", "Europe/London/", "Europe//London", "+5:30", "\u0000"),
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(65).ofMaxLength(200)
                                .map(tail -> "Europe/" + tail))
                .filter(zone -> !isZone(zone));
    }

    /** Java's own locales, and tags made of a language, perhaps a region and an extension; white space around. */
    public static Arbitrary<String> validTags() {
        Arbitrary<String> available = Arbitraries.of(Arrays.stream(Locale.getAvailableLocales())
                .map(Locale::toLanguageTag).distinct().sorted().toList());
        Arbitrary<String> made = Combinators.combine(
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3),
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).injectNull(0.3),
                        Arbitraries.of("", "-u-fw-mon", "-u-fw-sun", "-u-ca-gregory", "-x-private"))
                .as((language, region, extension) -> language + (region == null ? "" : "-" + region) + extension);
        return withSpaceAround(Arbitraries.oneOf(available, made, Arbitraries.of("und", "en", "EN-gb", "zh-Hant-TW")))
                .filter(tag -> tag.strip().length() <= TAG_MAX_LENGTH && isTag(tag.strip()));
    }

    public static Arbitrary<String> invalidTags() {
        return Arbitraries.oneOf(Arbitraries.just(null), Texts.blank(), Texts.any(1, 80),
                        Arbitraries.of("en_GB", "english", "e", "en-", "-en", "en--GB", "en-GB-", "toolonglanguage",
                                "en-GB-x", "\u0000"),
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list()
                                .ofMinSize(5).ofMaxSize(12).map(parts -> "en-x-" + String.join("-", parts))
                                .filter(tag -> tag.length() > TAG_MAX_LENGTH))
                .filter(tag -> tag == null || tag.strip().length() > TAG_MAX_LENGTH || !isTag(tag.strip()));
    }

    /** The locale a valid tag names. */
    public static Locale localeOf(String tag) {
        return new Locale.Builder().setLanguageTag(tag.strip()).build();
    }

    private static Arbitrary<String> withSpaceAround(Arbitrary<String> values) {
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", "\n ");
        return Combinators.combine(space, values, space).as((before, value, after) -> before + value + after);
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank() || zone.strip().length() > ZONE_MAX_LENGTH) {
            return false;
        }
        try {
            ZoneId.of(zone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag).build();
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
