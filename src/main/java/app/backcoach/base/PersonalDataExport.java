package app.backcoach.base;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Download all my data": one ZIP with everything BackCoach holds of the signed-in person, as one JSON file
 * ({@value #JSON}) made of each feature's {@link PersonalData} part, and a {@value #README} that says what
 * each part is. The format is described in docs/my-data.md. Reads only; nothing is changed or deleted.
 */
@Service
public class PersonalDataExport {

    public static final String FILE_NAME = "backcoach-my-data.zip";
    static final String JSON = "backcoach-my-data.json";
    static final String README = "README.txt";
    /** Goes up when a field changes its meaning or goes away; new fields and parts keep it. */
    static final int FORMAT_VERSION = 1;

    private final List<PersonalData> parts;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataExport(List<PersonalData> parts, JsonMapper json, Clock clock) {
        this.parts = parts;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The ZIP, built in memory in one read-only transaction (a person's data is small), so that the download
     * holds no database connection while it travels to a slow phone.
     */
    @Transactional(readOnly = true)
    public byte[] zip() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "backcoach-my-data");
        file.put("formatVersion", FORMAT_VERSION);
        file.put("exportedAt", clock.instant());
        for (PersonalData part : parts) {
            if (file.putIfAbsent(part.section(), part.export()) != null) {
                throw new IllegalStateException("two parts of the export are called " + part.section());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(README));
            zip.write(new ClassPathResource("my-data/README.txt").getContentAsByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(JSON));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
