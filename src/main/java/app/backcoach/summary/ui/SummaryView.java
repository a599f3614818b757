package app.backcoach.summary.ui;

import app.backcoach.base.ui.AppIcon;
import app.backcoach.base.ui.PageFrame;
import app.backcoach.summary.ClinicianSummary;
import app.backcoach.summary.ClinicianSummaryService;
import app.backcoach.summary.SummaryLines;
import app.backcoach.summary.SummaryPdf;
import app.backcoach.summary.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.io.OutputStream;
import java.util.Locale;

/**
 * "Summary for my physiotherapist or doctor": the last weeks on one printable page, and the same as a one-page
 * PDF to download. The username shows only when the person ticks the box.
 */
@Route("summary")
@PermitAll
@Menu(title = "nav.clinicianSummary", order = 35, icon = "doctor")
public class SummaryView extends VerticalLayout implements HasDynamicTitle {

    /** Opens the summary. */
    public static void open() {
        UI.getCurrent().navigate(SummaryView.class);
    }

    private final ClinicianSummaryService summaries;
    private final ShowNameBox showName = new ShowNameBox("clinician-show-name");
    private final Div sheet = new Div();
    private volatile boolean withName;

    SummaryView(ClinicianSummaryService summaries) {
        this.summaries = summaries;
        PageFrame.apply(this);
        addClassName("clinician-page");
        Paragraph intro = new Paragraph(getTranslation("clinician.intro"));
        intro.addClassName("no-print");
        NativeLabel label = new NativeLabel(getTranslation("clinician.showName"));
        label.setFor(showName);
        Div choice = new Div(showName, label);
        choice.addClassNames("clinician-choice", "no-print");
        showName.addValueChangeListener(event -> {
            withName = Boolean.TRUE.equals(event.getValue());
            refresh();
        });
        Button print = new Button(getTranslation("clinician.print"), AppIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.addClassName("clinician-print");
        Anchor download = new Anchor(pdf(), getTranslation("clinician.download"));
        download.addClassNames("big-link", "clinician-download");
        Div actions = new Div(print, download);
        actions.addClassNames("clinician-actions", "no-print", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        sheet.addClassName(LumoUtility.Width.FULL);
        add(new H1(getTranslation("clinician.title")), intro, choice, actions, sheet);
        refresh();
    }

    private void refresh() {
        ClinicianSummary summary = summaries.summary(withName);
        sheet.removeAll();
        sheet.add(new SummarySheet(summary, new SummaryLines(summary, texts(getLocale()))));
    }

    /**
     * The page's texts in a language named beforehand (the page's own): a download is answered where the page's
     * language is not known.
     */
    private Texts texts(Locale language) {
        return (key, args) -> getTranslation(language, key, args);
    }

    /** The PDF of the summary as it is when the link is followed, with the name only if the box is ticked. */
    private DownloadHandler pdf() {
        // in the page's language (a PDF from a Spanish page was in English)
        Locale language = getLocale();
        return event -> {
            ClinicianSummary summary = summaries.summary(withName);
            byte[] pdf = SummaryPdf.write(summary, texts(language));
            event.setFileName(SummaryPdf.fileName(summary.to()));
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clinician.title") + " · " + getTranslation("app.name");
    }
}
