package app.backcoach.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Run in a child process by {@link CommittedDataSurvivesAKillTest}: commits one row, says so, then waits to be killed. */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists saved_set (id int primary key)");
                statement.execute("insert into saved_set values (1)");
            }
            connection.commit();
            System.out.println("committed");
            System.out.flush();
            // wait, holding the database open, until the test kills this process (or closes our input)
            System.in.read();
        }
    }
}
