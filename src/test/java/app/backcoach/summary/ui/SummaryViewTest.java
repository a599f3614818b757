package app.backcoach.summary.ui;

import app.backcoach.KaribuTest;
import app.backcoach.MutableClock;
import app.backcoach.TestHistory;
import app.backcoach.care.CareKind;
import app.backcoach.care.CareService;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SummaryViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    UserSettingsService settings;
    @Autowired
    CareService care;

    private Instant before;
    private AccountPrincipal me;

    @BeforeEach
    void signInOnAThursday() {
        before = clock.instant();
        // Thursday 26 November 2026; the week under way began on Monday 23 November
        clock.set(LocalDateTime.of(2026, 11, 26, 18, 0).toInstant(ZoneOffset.UTC));
        me = signInAsNewUser();
        settings.rememberBrowser("UTC", "en-GB");
    }

    @AfterEach
    void restoreClock() {
        clock.set(before);
    }

    @Test
    void theWeeksFiguresShowInATableWithThePainBeforeAndAfter() {
        workout(LocalDateTime.of(2026, 11, 24, 8, 0), 3, 5);
        workout(LocalDateTime.of(2026, 11, 25, 8, 0), 4, 5);
        workout(LocalDateTime.of(2026, 11, 17, 8, 0), null, null);

        ui().navigate("summary");

        assertThat(_get(H1.class).getText()).isEqualTo("Summary for my physiotherapist or doctor");
        assertThat(rows()).containsExactly("Week of Sessions Target Pain before Pain after Rated",
                "19 Oct 0 14 not rated not rated 0", "26 Oct 0 14 not rated not rated 0",
                "2 Nov 0 14 not rated not rated 0", "9 Nov 0 14 not rated not rated 0",
                "16 Nov 1 14 not rated not rated 0", "23 Nov 2 14 3.5 5.0 2");
        assertThat(texts(Paragraph.class)).contains("Weeks covered: 19 Oct 2026 to 26 Nov 2026 (the last week is still under way)",
                "Back spasm began: not given").noneMatch(text -> text.contains("No sessions recorded"));
    }

    @Test
    void theUsernameShowsOnlyWhileTheBoxIsTicked() {
        ui().navigate("summary");
        assertThat(texts(Paragraph.class)).noneMatch(text -> text.contains(me.getUsername()));

        ShowNameBox box = showNameBox();
        box.setValue(true);
        assertThat(texts(Paragraph.class)).contains("Name (username): " + me.getUsername());

        box.setValue(false);
        assertThat(texts(Paragraph.class)).noneMatch(text -> text.contains(me.getUsername()));
    }

    @Test
    void thePageOffersToPrintAndToDownloadThePdf() {
        ui().navigate("summary");

        assertThat(_get(Button.class, spec -> spec.withText("Print"))).isNotNull();
        Anchor download = _get(Anchor.class, spec -> spec.withText("Download PDF"));
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void withoutAnySessionsThePageSaysSoAndEveryListIsEmpty() {
        ui().navigate("summary");

        assertThat(texts(Paragraph.class)).contains("No sessions recorded in these weeks.");
        assertThat(texts(ListItem.class)).contains("No answers in these weeks.",
                "No check answered in these weeks.", "None in these weeks.", "No routine done in these weeks.",
                "No changes in these weeks.", "No packs, walks or slow breathing recorded in these weeks.");
    }

    @Test
    void homeCareShowsByDayUnderItsHeading() {
        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0).toInstant(ZoneOffset.UTC));
        care.finish(care.start(CareKind.COLD, 0), Duration.ofMinutes(20));
        care.finish(care.start(CareKind.BREATHE, 0), Duration.ofMinutes(5));
        clock.set(LocalDateTime.of(2026, 11, 26, 18, 0).toInstant(ZoneOffset.UTC));

        ui().navigate("summary");

        assertThat(texts(H2.class)).contains("Home care");
        assertThat(texts(ListItem.class)).contains("24 Nov 2026: 1 cold pack, 1 slow-breathing session");
    }

    private ShowNameBox showNameBox() {
        NativeLabel label = _get(NativeLabel.class, spec -> spec.withText("Show my username on the summary"));
        return _get(ShowNameBox.class, spec -> spec.withId(label.getFor().orElseThrow()));
    }

    private static List<String> rows() {
        return _find(NativeTableRow.class).stream()
                .map(row -> row.getChildren().map(cell -> cell.getElement().getText()).reduce((a, b) -> a + " " + b)
                        .orElse(""))
                .toList();
    }

    private static List<String> texts(Class<? extends Component> type) {
        return _find(type).stream().map(component -> component.getElement().getText()).toList();
    }

    private void workout(LocalDateTime start, Integer painBefore, Integer painAfter) {
        long id = TestHistory.workout(jdbc, me.id(), start.toInstant(ZoneOffset.UTC), Duration.ofMinutes(10), 2,
                "COMPLETED");
        TestHistory.ratePain(jdbc, id, painBefore, painAfter);
    }
}
