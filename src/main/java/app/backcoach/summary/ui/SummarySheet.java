package app.backcoach.summary.ui;

import app.backcoach.summary.ClinicianSummary;
import app.backcoach.summary.ClinicianSummary.Week;
import app.backcoach.summary.SummaryLines;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The summary itself, as it prints: the same lines as the PDF, the weekly figures as bars and as a table. */
class SummarySheet extends Div {

    SummarySheet(ClinicianSummary summary, SummaryLines lines) {
        addClassName("clinician-sheet");
        lines.name().ifPresent(name -> add(line(name, "clinician-name")));
        add(line(lines.range(), "clinician-range"), line(lines.spasmStart(), "clinician-spasm"),
                line(getTranslation("clinician.notDiagnosis"), "clinician-not-diagnosis"),
                new H2(getTranslation("clinician.weeks.title")), new WeekBars(summary, lines));
        if (!summary.anySessions()) {
            add(line(getTranslation("clinician.noSessions"), "clinician-no-sessions"));
        }
        add(table(summary, lines), line(lines.target() + " " + getTranslation("clinician.table.painNote"),
                "clinician-small"));
        for (SummaryLines.Section section : lines.sections(SummaryLines.LIST_LIMIT)) {
            UnorderedList list = new UnorderedList();
            list.addClassName("clinician-list");
            section.lines().forEach(text -> list.add(new ListItem(text)));
            add(new H2(section.title()), list);
        }
        add(line(getTranslation("clinician.sources"), "clinician-sources"),
                line(getTranslation("clinician.madeOn", lines.date(summary.to())), "clinician-small"));
    }

    private Div table(ClinicianSummary summary, SummaryLines lines) {
        NativeTableRow headings = new NativeTableRow();
        for (String key : List.of("clinician.table.week", "clinician.table.sessions", "clinician.table.target",
                "clinician.table.painBefore", "clinician.table.painAfter", "clinician.table.rated")) {
            headings.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableBody body = new NativeTableBody();
        for (Week week : summary.weeks()) {
            body.add(new NativeTableRow(new NativeTableCell(lines.weekLabel(week)),
                    new NativeTableCell(String.valueOf(week.sessions())), new NativeTableCell(String.valueOf(week.target())),
                    new NativeTableCell(lines.pain(week.painBefore())), new NativeTableCell(lines.pain(week.painAfter())),
                    new NativeTableCell(String.valueOf(week.rated()))));
        }
        Div wrapper = new Div(new NativeTable(new NativeTableHeader(headings), body));
        wrapper.addClassNames("week-table", "clinician-figures");
        return wrapper;
    }

    private static Paragraph line(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
