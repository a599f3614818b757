package app.backcoach.history.ui;

import app.backcoach.base.ui.PageFrame;
import app.backcoach.history.HistoryEntry;
import app.backcoach.history.HistoryExport;
import app.backcoach.history.HistoryService;
import app.backcoach.settings.UserSettingsService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Every workout, newest first, loaded a page at a time; a click opens its sets. */
@Route(HistoryView.PATH)
@PermitAll
@Menu(title = "nav.history", order = 20, icon = "calendar-clock")
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    /** The address of the history. Others link here by this constant, not by the class (see base.ui.Navigation). */
    public static final String PATH = "history";

    private static final int ROWS_SHOWN_WHOLE = 8;

    HistoryView(HistoryService history, HistoryExport export, UserSettingsService settings) {
        PageFrame.apply(this);
        HistoryFormat format = new HistoryFormat(this, settings.preferences());
        Grid<HistoryEntry> grid = new Grid<>();
        grid.addClassNames("history-grid", LumoUtility.Width.FULL);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> format.dateTime(entry.startedAt())).setHeader(getTranslation("history.when"))
                .setFlexGrow(1);
        // a link as well as the row's click: a keyboard or screen reader reaches the workout's page through it
        grid.addColumn(LitRenderer.<HistoryEntry>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", entry -> HistoryDetailView.href(entry.id()))
                        .withProperty("name", HistoryEntry::routineName))
                .setHeader(getTranslation("history.routine")).setFlexGrow(1);
        grid.addColumn(entry -> getTranslation("history.summary", format.duration(entry.duration()),
                entry.setsDone(), entry.setsPlanned(),
                format.status(entry)))
                .setHeader(getTranslation("history.result")).setFlexGrow(2);
        grid.setItems(query -> history.page(query.getOffset(), query.getLimit()).stream(), query -> history.count());
        grid.addItemClickListener(event -> HistoryDetailView.open(event.getItem().id()));
        // a short history takes only the room of its rows; a long one scrolls within the grid
        if (history.count() <= ROWS_SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("60vh");
        }
        Anchor download = new Anchor(csv(export), getTranslation("history.export"));
        download.addClassName("big-link");
        add(new H1(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")), grid, download);
    }

    private static DownloadHandler csv(HistoryExport export) {
        return event -> {
            event.setFileName("backcoach-history.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                export.writeCsv(out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + " · " + getTranslation("app.name");
    }
}
