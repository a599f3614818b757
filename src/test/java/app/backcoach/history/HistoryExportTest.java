package app.backcoach.history;

import app.backcoach.BackCoachTest;
import app.backcoach.MutableClock;
import app.backcoach.SignedIn;
import app.backcoach.TestAccounts;
import app.backcoach.TestHistory;
import app.backcoach.security.AccountPrincipal;
import app.backcoach.security.AccountService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BackCoachTest
class HistoryExportTest {

    @Autowired
    HistoryExport export;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerSetWithIsoTimes() throws IOException {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        Instant start = Instant.parse("2026-11-20T08:15:00Z");
        long workout = TestHistory.workout(jdbc, anna.id(), start, Duration.ofMinutes(10), 3, "COMPLETED");
        TestHistory.ratePain(jdbc, workout, 6, null);
        SignedIn.as(anna);

        List<CSVRecord> rows = parse(csv());

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().get("workout_started_at")).isEqualTo("2026-11-20T08:15:00Z");
        assertThat(rows.getFirst().get("exercise")).isEqualTo("Pelvic tilt");
        assertThat(rows.getFirst().get("pain_before")).isEqualTo("6");
        assertThat(rows.getFirst().get("pain_after")).as("not rated").isEmpty();
        assertThat(rows.getFirst().get("reps_done")).isEqualTo("10");
        assertThat(rows.get(2).get("set_number")).isEqualTo("3");
        assertThat(rows.get(2).get("set_started_at")).isEqualTo("2026-11-20T08:17:00Z");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsMadeSafe() throws IOException {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        long workout = TestHistory.workout(jdbc, anna.id(), clock.instant(), Duration.ofMinutes(3), 1, "COMPLETED");
        jdbc.update("update workout set routine_name = ? where id = ?", "=HYPERLINK(\"http://x\")", workout);
        jdbc.update("update workout_set set exercise_name = ? where workout_id = ?", "@SUM(A1:A2)", workout);
        SignedIn.as(anna);

        CSVRecord row = parse(csv()).getFirst();

        assertThat(row.get("routine")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("exercise")).isEqualTo("'@SUM(A1:A2)");
        assertThat(HistoryExport.safe("+1")).isEqualTo("'+1");
        assertThat(HistoryExport.safe("-1")).isEqualTo("'-1");
        assertThat(HistoryExport.safe("Quick relief")).isEqualTo("Quick relief");
    }

    @Test
    void theCsvHoldsOnlyThePersonsOwnSets() throws IOException {
        AccountPrincipal anna = TestAccounts.create(accounts, "anna");
        AccountPrincipal bert = TestAccounts.create(accounts, "bert");
        TestHistory.workout(jdbc, anna.id(), clock.instant(), Duration.ofMinutes(3), 2, "COMPLETED");
        SignedIn.as(bert);

        assertThat(parse(csv())).isEmpty();
        assertThat(csv()).startsWith(String.join(",", HistoryExport.HEADER));
    }

    private String csv() {
        StringWriter out = new StringWriter();
        export.writeCsv(out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }
}
