package app.backcoach.summary;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the first page of a PDF as a PNG, for docs/screenshots/summary-pdf.png. With one argument (the PNG),
 * it renders the test's sample summary of six full weeks; with two (a PDF, then the PNG), that PDF:
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp "target/test-classes:target/classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     app.backcoach.summary.PdfPageToPng backcoach-summary-2026-11-30.pdf docs/screenshots/summary-pdf.png
 * </pre>
 */
public final class PdfPageToPng {

    private static final float DPI = 100;

    private PdfPageToPng() {
    }

    public static void main(String[] args) throws IOException {
        byte[] pdf = args.length > 1 ? Files.readAllBytes(Path.of(args[0]))
                : SummaryPdf.write(SummaryPdfTest.full("olga-k"), new EnglishTexts());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB), "png",
                    new File(args[args.length - 1]));
        }
    }
}
