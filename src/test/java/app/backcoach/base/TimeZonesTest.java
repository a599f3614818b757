package app.backcoach.base;

import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeZonesTest {

    @Test
    void aBrowsersZoneIsKeptWithoutTheWhiteSpaceAround() {
        assertThat(TimeZones.usable(" Europe/Madrid ", 64)).contains(ZoneId.of("Europe/Madrid"));
        assertThat(TimeZones.usable("+05:30", 64)).contains(ZoneId.of("+05:30"));
    }

    @Test
    void noZoneTooLongOrUnknownIsTaken() {
        assertThat(TimeZones.usable(null, 64)).isEmpty();
        assertThat(TimeZones.usable("  ", 64)).isEmpty();
        assertThat(TimeZones.usable("Europe/Atlantis", 64)).isEmpty();
        assertThat(TimeZones.usable("America/Argentina/ComodRivadavia", 20)).isEmpty();
    }

    @Test
    void aZoneNamedByAProviderThatHasNoRulesForItIsRefused() {
        // what the calendar feed's library (ical4j) leaves behind: it names the zones of each registry it makes to
        // java.time, keeps the registry only weakly, and once the registry is collected its names stay listed
        // while reading their rules throws (seen when a test's Spring context had closed)
        WithoutRules.register();
        assertThat(ZoneId.of(WithoutRules.NAME)).isNotNull();
        assertThatThrownBy(() -> ZoneId.of(WithoutRules.NAME).getRules()).isInstanceOf(NullPointerException.class);

        assertThat(TimeZones.usable(WithoutRules.NAME, 64)).isEmpty();
        assertThat(TimeZones.usable("Europe/London", 64)).isPresent();
        // and one kept before is read as the fallback, not as a failure
        assertThat(TimeZones.storedOr(WithoutRules.NAME, ZoneId.of("UTC"))).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeZones.storedOr(null, ZoneId.of("UTC"))).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeZones.storedOr("Europe/Madrid", ZoneId.of("UTC"))).isEqualTo(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void aLibrarysOwnZoneNamesAreRefusedEvenWhileTheirRulesCanBeRead() {
        // the calendar feed's library names the zones it has read "ical4j~<id>"; their rules go with its registry
        TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/Paris");
        List<String> libraryNames = ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("~")).toList();
        assertThat(libraryNames).isNotEmpty()
                .allSatisfy(id -> assertThat(TimeZones.usable(id, 200)).as(id).isEmpty());
    }

    /** A provider like ical4j's after its registry is gone: it names one zone and has no rules for it. */
    static final class WithoutRules extends ZoneRulesProvider {

        static final String NAME = "Test/Without-Rules";

        /** Registers the provider once in this JVM (java.time keeps providers for good). */
        static synchronized void register() {
            if (!ZoneId.getAvailableZoneIds().contains(NAME)) {
                ZoneRulesProvider.registerProvider(new WithoutRules());
            }
        }

        @Override
        protected Set<String> provideZoneIds() {
            return Set.of(NAME);
        }

        @Override
        protected ZoneRules provideRules(String zoneId, boolean forCaching) {
            if (forCaching) {
                return null;
            }
            throw new NullPointerException("the registry that had this zone's rules is gone");
        }

        @Override
        protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
            return new TreeMap<>();
        }
    }
}
