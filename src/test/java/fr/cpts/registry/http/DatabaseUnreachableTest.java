package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being unreachable (503 and Retry-After), wherever the JDBC error sits. */
class DatabaseUnreachableTest {

    @Test
    void aCommitThatLostItsConnectionIsUnreachableNotAnInternalError() {
        // What Narayana throws when the connection drops during commit: the driver's error is suppressed, not a cause.
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException("Error invoking subclass method", commit)));
    }

    @Test
    void otherFailuresAreNot() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertFalse(ProblemMappers.databaseUnreachable(new RuntimeException(commit)));
    }
}
