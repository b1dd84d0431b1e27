package fr.cpts.registry.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads of one SQL statement run straight on a pooled connection, without a Hibernate session and, outside a write,
 * without a transaction: for the ready bytes of the read model, where the JTA transaction and the session around one
 * indexed fetch cost more than the fetch (90 % of a conditional GET's CPU in a profile). One statement reads one
 * snapshot: the transaction added nothing to it. Within a write's transaction the statement runs on its connection
 * and sees its changes, and {@link #batch} stores a read model's rows there. Counted as
 * {@code cpts.sql.direct.statements} (Hibernate counts its own).
 */
@ApplicationScoped
public class DirectReads {

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private Counter statements;

    @PostConstruct
    void register() {
        statements = Counter.builder("cpts.sql.direct.statements")
                .description("SQL statements run outside Hibernate (one-statement reads of ready representations)")
                .register(registry);
    }

    /** The rows of {@code sql}, its parameters bound in order (JDBC types of their Java types), read by {@code reader}. */
    public <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        } catch (SQLException e) {
            // Its SQL state stays in the cause: a lost connection is a 503 (ProblemMappers), anything else a 500.
            throw new PersistenceException("Read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code sql} once for each row of parameters, as one JDBC batch (one round trip): for a write storing rows
     * of a read model, in its transaction. Counted as one statement.
     */
    public void batch(String sql, List<Object[]> rows) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Write failed: " + e.getMessage(), e);
        }
    }

    /** Binds the parameters in order, JDBC types of their Java types. */
    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** The first row of {@code sql}, if any. */
    public <T> Optional<T> first(String sql, RowReader<T> reader, Object... parameters) {
        return list(sql, reader, parameters).stream().findFirst();
    }

    /** Every column of the row, as JDBC gives it (JSON as PGobject: its text is toString()). */
    public static Object[] columns(ResultSet row) throws SQLException {
        Object[] columns = new Object[row.getMetaData().getColumnCount()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = row.getObject(i + 1);
        }
        return columns;
    }

    /** Statements run so far, for tests that budget them. */
    public long statements() {
        return (long) statements.count();
    }
}
