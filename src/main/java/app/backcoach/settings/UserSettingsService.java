package app.backcoach.settings;

import app.backcoach.base.Languages;
import app.backcoach.base.SpasmStart;
import app.backcoach.base.TimeZones;
import app.backcoach.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The signed-in person's preferences, remembered across devices and sessions. */
@Service
public class UserSettingsService implements SpasmStart {

    /** The longest ago that a spasm's start may be set. */
    public static final Duration SPASM_START_MAX_AGE = SpasmStart.MAX_AGE;

    private final UserSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserSettingsService(UserSettingsRepository settings, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the workout's spoken words and tones are switched off. */
    @Transactional(readOnly = true)
    public boolean cuesMuted() {
        return settings.findById(currentUser.id()).map(UserSettings::isCuesMuted).orElse(false);
    }

    @Transactional
    public void setCuesMuted(boolean muted) {
        update(mine -> mine.setCuesMuted(muted));
    }

    /** The person's time zone, locale and targets; the server's zone and English until the browser says otherwise. */
    @Transactional(readOnly = true)
    public Preferences preferences() {
        return settings.findById(currentUser.id()).map(this::toPreferences)
                .orElseGet(() -> new Preferences(clock.getZone(), Locale.UK, UserSettings.DEFAULT_DAILY_TARGET,
                        UserSettings.DEFAULT_WEEKLY_GOAL_DAYS));
    }

    /**
     * Remembers the browser's time zone and language, so that "today" and "this week" are the person's own.
     * Values the browser sends that are not a valid zone or language tag are ignored.
     */
    @Transactional
    public void rememberBrowser(String timeZoneId, String languageTag) {
        String zone = TimeZones.usable(timeZoneId, UserSettings.TIME_ZONE_MAX_LENGTH).isPresent()
                ? timeZoneId.strip() : null;
        String locale = valid(languageTag, UserSettings.LOCALE_MAX_LENGTH,
                tag -> new Locale.Builder().setLanguageTag(tag).build());
        UserSettings current = settings.findById(currentUser.id()).orElse(null);
        boolean changed = current == null || (zone != null && !zone.equals(current.getTimeZone()))
                || (locale != null && !locale.equals(current.getLocale()));
        if (changed) {
            update(mine -> {
                if (zone != null) {
                    mine.setTimeZone(zone);
                }
                if (locale != null) {
                    mine.setLocale(locale);
                }
            });
        }
    }

    /** Sets the daily session target and the weekly goal in active days; out-of-range values are refused. */
    @Transactional
    public void setTargets(int dailyTarget, int weeklyGoalDays) {
        if (dailyTarget < Preferences.MIN_DAILY_TARGET || dailyTarget > Preferences.MAX_DAILY_TARGET
                || weeklyGoalDays < Preferences.MIN_WEEKLY_GOAL_DAYS || weeklyGoalDays > Preferences.MAX_WEEKLY_GOAL_DAYS) {
            throw new IllegalArgumentException("targets out of range");
        }
        update(mine -> {
            mine.setDailyTarget(dailyTarget);
            mine.setWeeklyGoalDays(weeklyGoalDays);
        });
    }

    /** The person's time zone: the browser's, or the server's until the browser has said. */
    @Override
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return preferences().zone();
    }

    /** When the person's current spasm began, if they have said. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> spasmStartedAt() {
        return settings.findById(currentUser.id()).map(UserSettings::getSpasmStartedAt);
    }

    /**
     * Sets when the current spasm began, or forgets it ({@code null}, e.g. once it has settled). A moment in
     * the future, or longer ago than {@link #SPASM_START_MAX_AGE}, is refused and nothing changes.
     */
    @Override
    @Transactional
    public void setSpasmStartedAt(Instant startedAt) {
        Instant now = clock.instant();
        if (startedAt != null && (startedAt.isAfter(now) || startedAt.isBefore(now.minus(SPASM_START_MAX_AGE)))) {
            throw new IllegalArgumentException("the start of a spasm must lie within the last year: " + startedAt);
        }
        update(mine -> mine.setSpasmStartedAt(startedAt));
    }

    /** Whether the person said their current spasm is starting to ease (My plan). */
    @Transactional(readOnly = true)
    public boolean saidSpasmIsEasing() {
        return settings.findById(currentUser.id())
                .filter(mine -> mine.getSpasmStartedAt() != null && mine.getSpasmEasingAt() != null).isPresent();
    }

    /**
     * The person says their current spasm is starting to ease ({@code true}), or takes it back. Refused while
     * no spasm's start is known: there is nothing to ease.
     */
    @Transactional
    public void sayEasing(boolean easing) {
        if (easing && spasmStartedAt().isEmpty()) {
            throw new IllegalStateException("no spasm's start is known");
        }
        Instant now = clock.instant();
        update(mine -> mine.setSpasmEasingAt(easing ? now : null));
    }

    /** The number the emergency screen offers to call: the person's own choice, or their country's usual one. */
    @Transactional(readOnly = true)
    public String emergencyNumber() {
        return settings.findById(currentUser.id()).map(UserSettings::getEmergencyNumber)
                .orElseGet(() -> EmergencyNumber.forCountry(country()));
    }

    /**
     * The country whose usual emergency number the emergency screen offers: the one the person chose, else
     * their browser's (empty when it names none). The language of the pages plays no part.
     */
    @Transactional(readOnly = true)
    public String country() {
        return settings.findById(currentUser.id()).map(UserSettings::getCountry)
                .orElseGet(() -> preferences().locale().getCountry());
    }

    /** Whether the person chose a country, rather than following their browser's. */
    @Transactional(readOnly = true)
    public boolean countryChosen() {
        return settings.findById(currentUser.id()).map(UserSettings::getCountry).isPresent();
    }

    /**
     * Sets the country (an ISO 3166 code such as "ES"), or goes back to the browser's ({@code null} or blank).
     * Anything else is refused and nothing changes.
     */
    @Transactional
    public void setCountry(String country) {
        String value = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (value != null && !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(value)) {
            throw new IllegalArgumentException("not a country code: " + country);
        }
        update(mine -> mine.setCountry(value));
    }

    /** The language the person chose for BackCoach's pages, if any (else their browser's counts). */
    @Transactional(readOnly = true)
    public Optional<Locale> chosenLanguage() {
        return settings.findById(currentUser.id()).map(UserSettings::getChosenLanguage).map(Locale::forLanguageTag);
    }

    /**
     * The language of the pages of whoever is signed in: the one they chose, else {@code browserChoice} (the first
     * language their browser asks for that BackCoach speaks), else English ({@link Languages#forPages}).
     */
    @Transactional(readOnly = true)
    public Locale pageLanguage(Locale browserChoice) {
        String chosen = currentUser.principal().isEmpty() ? null
                : chosenLanguage().map(Locale::getLanguage).orElse(null);
        return Languages.forPages(chosen, browserChoice);
    }

    /**
     * Remembers the language of the person's pages: one that BackCoach offers ({@link Languages#SUPPORTED}), or
     * {@code null} to follow the browser again. Any other language is refused and nothing changes.
     */
    @Transactional
    public void setLanguage(Locale language) {
        if (language != null && Languages.supported(language).isEmpty()) {
            throw new IllegalArgumentException("BackCoach does not offer this language: " + language);
        }
        String value = language == null ? null : Languages.supported(language).orElseThrow().getLanguage();
        update(mine -> mine.setChosenLanguage(value));
    }

    /**
     * Sets the emergency number (2 to 6 digits), or goes back to the country's usual one ({@code null} or
     * blank). Anything else is refused and nothing changes.
     */
    @Transactional
    public void setEmergencyNumber(String number) {
        String value = number == null || number.isBlank() ? null : number.strip();
        if (value != null && !EmergencyNumber.isValid(value)) {
            throw new IllegalArgumentException("an emergency number has 2 to 6 digits");
        }
        update(mine -> mine.setEmergencyNumber(value));
    }

    private void update(Consumer<UserSettings> change) {
        long userId = currentUser.id();
        UserSettings mine = settings.findById(userId).orElseGet(() -> settings.save(new UserSettings(userId)));
        change.accept(mine);
    }

    private Preferences toPreferences(UserSettings mine) {
        ZoneId zone = TimeZones.storedOr(mine.getTimeZone(), clock.getZone());
        Locale locale = mine.getLocale() == null ? Locale.UK : Locale.forLanguageTag(mine.getLocale());
        return new Preferences(zone, locale, mine.getDailyTarget(), mine.getWeeklyGoalDays());
    }

    private static String valid(String value, int maxLength, java.util.function.Function<String, Object> parse) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            return null;
        }
        try {
            return Objects.toString(parse.apply(value.strip()), null) == null ? null : value.strip();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
