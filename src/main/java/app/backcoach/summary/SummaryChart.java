package app.backcoach.summary;

import app.backcoach.summary.ClinicianSummary.Week;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.util.List;

/**
 * The PDF's small chart, drawn on the server: on the left, sessions per week as bars with the weekly target as a
 * dashed line; on the right, the average pain before (light) and after (dark) each week's workouts, 0 to 10.
 */
final class SummaryChart {

    static final float HEIGHT = 118;
    private static final float AXIS = 14;
    private static final float TITLE = 12;
    private static final float GAP = 24;

    private SummaryChart() {
    }

    static PdfTemplate draw(PdfContentByte canvas, float width, ClinicianSummary summary, SummaryLines lines, Texts texts,
                     BaseFont font) {
        PdfTemplate chart = canvas.createTemplate(width, HEIGHT);
        float half = (width - GAP) / 2;
        List<Week> weeks = summary.weeks();
        int most = Math.max(summary.weeklyTarget(),
                weeks.stream().mapToInt(Week::sessions).max().orElse(0));
        title(chart, font, texts.get("clinician.weeks.chart"), 0);
        title(chart, font, texts.get("clinician.weeks.painChart"), half + GAP);
        float plot = HEIGHT - AXIS - TITLE - 4;
        float slot = half / weeks.size();
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            float x = i * slot;
            bar(chart, x + slot * 0.2f, slot * 0.6f, plot * week.sessions() / Math.max(1, most), 0.16f, 0.42f, 0.66f);
            label(chart, font, String.valueOf(week.sessions()), x + slot / 2,
                    AXIS + plot * week.sessions() / Math.max(1, most) + 2);
            label(chart, font, PdfText.safe(lines.weekLabel(week)), x + slot / 2, 3);
            float px = half + GAP + i * slot;
            bar(chart, px + slot * 0.15f, slot * 0.33f, pain(week.painBefore(), plot), 0.62f, 0.77f, 0.89f);
            bar(chart, px + slot * 0.52f, slot * 0.33f, pain(week.painAfter(), plot), 0.11f, 0.30f, 0.49f);
            label(chart, font, PdfText.safe(lines.weekLabel(week)), px + slot / 2, 3);
        }
        float target = AXIS + plot * summary.weeklyTarget() / Math.max(1, most);
        chart.setLineWidth(0.8f);
        chart.setLineDash(3, 2);
        chart.setRGBColorStrokeF(0.75f, 0.22f, 0.17f);
        chart.moveTo(0, target);
        chart.lineTo(half, target);
        chart.stroke();
        chart.setLineDash(0);
        chart.setRGBColorStrokeF(0.4f, 0.4f, 0.4f);
        chart.setLineWidth(0.5f);
        for (float start : new float[] {0, half + GAP}) {
            chart.moveTo(start, AXIS);
            chart.lineTo(start + half, AXIS);
            chart.stroke();
        }
        return chart;
    }

    private static float pain(Double average, float plot) {
        return average == null ? 0 : (float) (plot * average / 10);
    }

    private static void bar(PdfTemplate chart, float x, float width, float height, float r, float g, float b) {
        if (height <= 0) {
            return;
        }
        chart.setRGBColorFillF(r, g, b);
        chart.rectangle(x, AXIS, width, height);
        chart.fill();
    }

    private static void title(PdfTemplate chart, BaseFont font, String text, float x) {
        chart.beginText();
        chart.setRGBColorFillF(0.2f, 0.2f, 0.2f);
        chart.setFontAndSize(font, 7.5f);
        chart.showTextAligned(Element.ALIGN_LEFT, PdfText.safe(text), x, HEIGHT - 8, 0);
        chart.endText();
    }

    private static void label(PdfTemplate chart, BaseFont font, String text, float x, float y) {
        chart.beginText();
        chart.setRGBColorFillF(0.2f, 0.2f, 0.2f);
        chart.setFontAndSize(font, 6.5f);
        chart.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        chart.endText();
    }
}
