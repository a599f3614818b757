package app.backcoach.progress.ui;

import app.backcoach.safety.DailyPain;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pain trend of the last four weeks: average ratings per day before and after workouts, as a chart and
 * as a table with the same figures.
 */
class PainTrend extends Div {

    static final int DAYS = 28;

    PainTrend(List<DailyPain> days, LocalDate today, Locale locale) {
        addClassName(LumoUtility.Width.FULL);
        if (days.isEmpty()) {
            add(new Paragraph(getTranslation("progress.pain.none")));
            return;
        }
        Map<LocalDate, DailyPain> byDay = days.stream().collect(Collectors.toMap(DailyPain::day, Function.identity()));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", locale);
        List<String> labels = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            DailyPain pain = byDay.get(day);
            labels.add(label.format(day));
            before.add(pain == null ? null : pain.before());
            after.add(pain == null ? null : pain.after());
        }
        PainChart chart = new PainChart();
        chart.addClassName(LumoUtility.Margin.Bottom.MEDIUM);
        chart.show(labels, before, after, getTranslation("progress.pain.before"), getTranslation("progress.pain.after"));
        add(chart, table(days, label, locale));
    }

    private NativeDetails table(List<DailyPain> days, DateTimeFormatter label, Locale locale) {
        NativeTableRow headings = new NativeTableRow();
        for (String key : List.of("progress.pain.day", "progress.pain.before", "progress.pain.after")) {
            headings.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableBody body = new NativeTableBody();
        days.reversed().forEach(day -> body.add(new NativeTableRow(new NativeTableCell(label.format(day.day())),
                cell(day.before(), locale), cell(day.after(), locale))));
        Div wrapper = new Div(new NativeTable(new NativeTableHeader(headings), body));
        wrapper.addClassNames("week-table", LumoUtility.Width.FULL);
        NativeDetails details = new NativeDetails(getTranslation("progress.pain.figures"), wrapper);
        details.addClassName("pain-figures");
        return details;
    }

    private NativeTableCell cell(Double value, Locale locale) {
        return new NativeTableCell(value == null ? getTranslation("progress.pain.notRated")
                : String.format(locale, "%.1f", value));
    }
}
