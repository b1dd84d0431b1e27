package fr.cpts.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** SQL run straight on the test database, outside the API: changes made behind its back, and what it stored. */
@ApplicationScoped
public class TestSql {

    @Inject
    DataSource dataSource;

    /** Runs statements (several, separated by semicolons, in one round trip). */
    public void execute(String statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** An exclusive lock held on a table until closed. */
    public interface Lock extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Locks the table exclusively until the lock is closed (its transaction then rolled back): to whoever reads it, a
     * stalled database.
     */
    public Lock lock(String table) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
        return () -> {
            try (connection) {
                connection.rollback();
            }
        };
    }

    /** The number in the first column of the first row. */
    public long scalar(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The first column of every row, as text. */
    public List<String> strings(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
