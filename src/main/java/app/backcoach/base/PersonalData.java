package app.backcoach.base;

/**
 * One feature's part of "Download all my data": the signed-in person's rows of the tables that feature owns.
 * Each feature answers for its own tables, so the export reads no table outside its owner; a table of
 * personal data without a part fails {@code PersonalDataExportTest}.
 */
public interface PersonalData {

    /** The name of the part in the file, e.g. {@code workouts}: unique, and explained in the file's README. */
    String section();

    /** The person's rows, as records (or lists and maps of them) that are written as JSON; {@code null} for none. */
    Object export();
}
