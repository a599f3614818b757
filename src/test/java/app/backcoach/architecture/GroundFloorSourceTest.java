package app.backcoach.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ground floor imports no feature, read in the source: ArchitectureTest reads the compiled classes, where
 * a constant from a feature (e.g. a pain rating's highest value) leaves no trace once the compiler inlines it.
 */
class GroundFloorSourceTest {

    private static final Path BASE = Path.of("src/main/java/app/backcoach/base");
    private static final Pattern FEATURE_IMPORT = Pattern.compile("^import (static )?app\\.backcoach\\.(?!base\\.)\\w+\\.",
            Pattern.MULTILINE);

    @Test
    void noSourceOfTheGroundFloorImportsAFeature() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(BASE)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> FEATURE_IMPORT.matcher(read(file)).find()).map(Path::toString).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckSeesAFeatureImportAndLetsTheGroundFloorsOwnPass() {
        assertThat(FEATURE_IMPORT.matcher("import app.backcoach.safety.Pain;").find()).isTrue();
        assertThat(FEATURE_IMPORT.matcher("import app.backcoach.base.ui.Home;").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
