package app.backcoach;

import app.backcoach.base.TimeZones;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * What a browser may send as its time zone and language, for property-based tests (QuickTheories): every zone
 * and language tag Java knows (the rule the settings apply), in the forms browsers and people write them, and
 * what is none.
 */
public final class BrowserValues {

    /** The lengths of the settings' columns. */
    public static final int ZONE_MAX_LENGTH = 64;
    public static final int TAG_MAX_LENGTH = 35;

    private BrowserValues() {
    }

    /** Region ids, offsets of any second within ±18 hours, UTC/GMT/UT with an offset; white space around. */
    public static Gen<String> validZones() {
        // only names with rules: a library's names whose rules are gone are not zones a browser sends (TimeZones)
        Gen<String> regions = Generate.pick(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> TimeZones.usable(id, ZONE_MAX_LENGTH).isPresent()).sorted().toList());
        Gen<String> offsets = integers().between(-18 * 3600, 18 * 3600)
                .map(seconds -> ZoneOffset.ofTotalSeconds(seconds).getId());
        Gen<String> wholeHourOffsets = integers().between(-18, 18).map(hours -> ZoneOffset.ofHours(hours).getId());
        Gen<String> prefixed = arbitrary().pick("UTC", "GMT", "UT").zip(
                Generate.oneOf(offsets, wholeHourOffsets).assuming(offset -> !offset.equals("Z")),
                (prefix, offset) -> prefix + offset);
        return withSpaceAround(Generate.oneOf(regions, offsets, wholeHourOffsets, prefixed,
                arbitrary().pick("Z", "UTC", "GMT", "UT", "+1", "-05", "+0530", "GMT0", "Etc/GMT-14")));
    }

    public static Gen<String> invalidZones() {
        return Generate.oneOf(Gens.none(), Texts.blank(), Texts.any(1, 80),
                        arbitrary().pick("Europe/Atlantis", "Mars/Olympus_Mons", "+19:00", "-18:01", "UTC+24", "GMT+",
                                "utc", "europe/london", "Europe/London/", "Europe//London", "+5:30", "\u0000"),
                        Texts.ofChars('a', 'z', 65, 200).map(tail -> "Europe/" + tail))
                .assuming(zone -> !isZone(zone)).describedAs(Texts::shown);
    }

    /** Java's own locales, and tags made of a language, perhaps a region and an extension; white space around. */
    public static Gen<String> validTags() {
        Gen<String> available = Generate.pick(Arrays.stream(Locale.getAvailableLocales())
                .map(Locale::toLanguageTag).distinct().sorted().toList());
        Gen<String> made = Texts.ofChars('a', 'z', 2, 3).zip(
                Gens.orNone(Texts.ofChars('A', 'Z', 2, 2), 30),
                arbitrary().pick("", "-u-fw-mon", "-u-fw-sun", "-u-ca-gregory", "-x-private"),
                (language, region, extension) -> language + (region == null ? "" : "-" + region) + extension);
        return withSpaceAround(Generate.oneOf(available, made, arbitrary().pick("und", "en", "EN-gb", "zh-Hant-TW")))
                .assuming(tag -> tag.strip().length() <= TAG_MAX_LENGTH && isTag(tag.strip()));
    }

    public static Gen<String> invalidTags() {
        return Generate.oneOf(Gens.none(), Texts.blank(), Texts.any(1, 80),
                        arbitrary().pick("en_GB", "english", "e", "en-", "-en", "en--GB", "en-GB-", "toolonglanguage",
                                "en-GB-x", "\u0000"),
                        lists().of(Texts.ofChars('a', 'z', 1, 8)).ofSizeBetween(5, 12)
                                .map(parts -> "en-x-" + String.join("-", parts))
                                .assuming(tag -> tag.length() > TAG_MAX_LENGTH))
                .assuming(tag -> tag == null || tag.strip().length() > TAG_MAX_LENGTH || !isTag(tag.strip()))
                .describedAs(Texts::shown);
    }

    /** The locale a valid tag names. */
    public static Locale localeOf(String tag) {
        return new Locale.Builder().setLanguageTag(tag.strip()).build();
    }

    private static Gen<String> withSpaceAround(Gen<String> values) {
        Gen<String> space = Generate.pick(List.of("", "", "", " ", "\t", "\n "));
        return space.zip(values, space, (before, value, after) -> before + value + after).describedAs(Texts::shown);
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
