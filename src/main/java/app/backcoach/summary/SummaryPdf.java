package app.backcoach.summary;

import app.backcoach.summary.ClinicianSummary.Week;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The summary as a one-page A4 PDF, written with OpenPDF on the server from the same lines as the page. When the
 * lists would spill onto a second page, they show fewer of their latest entries.
 */
public final class SummaryPdf {

    private static final float MARGIN = 36;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final List<Integer> LIMITS = List.of(SummaryLines.LIST_LIMIT, 5, 3, 2, 1);

    private SummaryPdf() {
    }

    /** The file name for a summary made on a day, e.g. {@code backcoach-summary-2026-11-30.pdf}. */
    public static String fileName(LocalDate day) {
        return "backcoach-summary-" + day + ".pdf";
    }

    public static byte[] write(ClinicianSummary summary, Texts texts) {
        byte[] pdf = null;
        for (int limit : LIMITS) {
            pdf = write(summary, texts, limit);
            if (pages(pdf) == 1) {
                return pdf;
            }
        }
        return pdf;
    }

    static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ClinicianSummary summary, Texts texts, int limit) {
        SummaryLines lines = new SummaryLines(summary, texts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(PdfText.safe(texts.get("clinician.pdfTitle")));
            document.addCreator("BackCoach");
            document.open();
            document.add(paragraph(texts.get("clinician.pdfTitle"), new Font(bold, 15), 0, 4));
            lines.name().ifPresent(name -> document.add(paragraph(name, new Font(bold, 10), 0, 1)));
            Font body = new Font(regular, 9);
            document.add(paragraph(lines.range(), body, 0, 1));
            document.add(paragraph(lines.spasmStart(), body, 0, 2));
            document.add(paragraph(texts.get("clinician.notDiagnosis"), new Font(regular, 8.5f, Font.ITALIC, GREY), 0, 4));
            document.add(paragraph(texts.get("clinician.weeks.title"), new Font(bold, 11), 4, 4));
            float width = document.getPageSize().getWidth() - 2 * MARGIN;
            Image chart = Image.getInstance(SummaryChart.draw(writer.getDirectContent(), width, summary, lines, texts,
                    regular));
            document.add(chart);
            if (!summary.anySessions()) {
                document.add(paragraph(texts.get("clinician.noSessions"), new Font(bold, 9), 2, 2));
            }
            document.add(weeks(summary, lines, texts, new Font(regular, 8.5f), new Font(bold, 8.5f)));
            Font small = new Font(regular, 7.5f, Font.NORMAL, GREY);
            document.add(paragraph(lines.target() + " " + texts.get("clinician.table.painNote"), small, 2, 2));
            for (SummaryLines.Section section : lines.sections(limit)) {
                document.add(paragraph(section.title(), new Font(bold, 10), 5, 1));
                for (String line : section.lines()) {
                    Paragraph item = paragraph(line, new Font(regular, 8.5f), 0, 0.5f);
                    item.setIndentationLeft(8);
                    document.add(item);
                }
            }
            document.add(paragraph(texts.get("clinician.sources"), new Font(regular, 7, Font.NORMAL, GREY), 8, 1));
            document.add(paragraph(texts.get("clinician.madeOn", lines.date(summary.to())), small, 0, 0));
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the summary PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static PdfPTable weeks(ClinicianSummary summary, SummaryLines lines, Texts texts, Font font, Font bold) {
        PdfPTable table = new PdfPTable(new float[] {1.4f, 1, 1, 1.2f, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String key : List.of("clinician.table.week", "clinician.table.sessions", "clinician.table.target",
                "clinician.table.painBefore", "clinician.table.painAfter", "clinician.table.rated")) {
            table.addCell(cell(texts.get(key), bold, Rectangle.BOTTOM));
        }
        for (Week week : summary.weeks()) {
            table.addCell(cell(lines.weekLabel(week), font, Rectangle.NO_BORDER));
            table.addCell(cell(String.valueOf(week.sessions()), font, Rectangle.NO_BORDER));
            table.addCell(cell(String.valueOf(week.target()), font, Rectangle.NO_BORDER));
            table.addCell(cell(lines.pain(week.painBefore()), font, Rectangle.NO_BORDER));
            table.addCell(cell(lines.pain(week.painAfter()), font, Rectangle.NO_BORDER));
            table.addCell(cell(String.valueOf(week.rated()), font, Rectangle.NO_BORDER));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int border) {
        PdfPCell cell = new PdfPCell(new Paragraph(PdfText.safe(text), font));
        cell.setBorder(border);
        cell.setPadding(1.5f);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(PdfText.safe(text), font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.25f);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
