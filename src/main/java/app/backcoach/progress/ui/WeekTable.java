package app.backcoach.progress.ui;

import app.backcoach.progress.WeekSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The chart's figures as a plain table, for screen readers and for anyone who prefers numbers. The target, the
 * same every week, is said once in the caption, so that the table fits a phone without scrolling sideways.
 */
class WeekTable extends Div {

    WeekTable(List<WeekSummary> weeks, DateTimeFormatter label, int weeklyTarget) {
        addClassNames("week-table", LumoUtility.Width.FULL);
        NativeTableHeader header = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        for (String key : List.of("progress.table.week", "progress.table.sessions", "progress.table.sets",
                "progress.table.minutes", "progress.table.activeDays")) {
            headings.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        header.add(headings);
        NativeTableBody body = new NativeTableBody();
        weeks.reversed().forEach(week -> {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(label.format(week.weekStart())), cell(week.sessions()),
                    cell(week.sets()), cell(week.minutes()), cell(week.activeDays()));
            body.add(row);
        });
        NativeTable table = new NativeTable(header, body);
        table.setCaptionText(getTranslation("progress.table.caption", weeklyTarget));
        add(table);
    }

    private static NativeTableCell cell(int value) {
        return new NativeTableCell(String.valueOf(value));
    }
}
