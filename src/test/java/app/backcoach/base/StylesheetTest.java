package app.backcoach.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's stylesheet closes every block it opens. A missing brace does not break the page loudly: the
 * browser reads the rules after it as nested in the open block, and they silently stop applying.
 */
class StylesheetTest {

    private static final Path STYLES = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void everyBlockOfTheStylesheetIsClosedWhereItsSectionEnds() throws IOException {
        String css = Files.readString(STYLES).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without its block, line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks still open at the end of styles.css").isZero();
    }

    @Test
    void aTopLevelRuleStartsOnlyWhereNoBlockIsOpen() throws IOException {
        // a rule written at the start of a line (no indentation) belongs at the top level
        String[] lines = Files.readString(STYLES).replaceAll("(?s)/\\*.*?\\*/", "").split("\n", -1);
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (!text.isBlank() && !Character.isWhitespace(text.charAt(0)) && !text.startsWith("}")) {
                assertThat(depth).as("line %d (%s) starts at the margin inside an open block", i + 1, text)
                        .isZero();
            }
            for (char c : text.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
        }
    }
}
