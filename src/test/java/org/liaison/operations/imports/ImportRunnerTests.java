package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures of a batch pause an import (the database went away: it resumes by itself) and
 * which fail it (something about the rows or the file: a user has to look).
 */
class ImportRunnerTests {

    @Test
    void connectionLossesAndServerRestartsPauseTheImport() {
        // PostgreSQL killed or restarted under an open connection: 08006, then 57P01-57P03 while it starts
        assertThat(ImportRunner.databaseUnavailable(new UncategorizedSQLException("insert", "insert into import_row",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(ImportRunner.databaseUnavailable(new UncategorizedSQLException("insert", "insert",
                new SQLException("FATAL: the database system is starting up", "57P03")))).isTrue();
        assertThat(ImportRunner.databaseUnavailable(new UncategorizedSQLException("insert", "insert",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        // the pool could not hand out a connection within its timeout
        assertThat(ImportRunner.databaseUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        // PostgreSQL killed: the pool evicts the broken connection, and the batch's rollback on it
        // fails; the rollback's exception replaces the batch's own (seen in bench/import-kill.sh DB=postgres)
        assertThat(ImportRunner.databaseUnavailable(new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))).isTrue();
        assertThat(ImportRunner.databaseUnavailable(new org.springframework.transaction.TransactionSystemException(
                "Could not roll back JDBC transaction", new SQLException("Connection is closed")))).isTrue();
        // H2's "connection is broken" (90067, a non-transient connection exception), deep in the chain
        assertThat(ImportRunner.databaseUnavailable(new IllegalStateException("wrapped", new RuntimeException(
                new SQLNonTransientConnectionException("Connection is broken", "90067"))))).isTrue();
    }

    @Test
    void everythingElseFailsTheImport() {
        assertThat(ImportRunner.databaseUnavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(ImportRunner.databaseUnavailable(new UncategorizedSQLException("insert", "insert",
                new SQLException("value too long for type character varying(500)", "22001")))).isFalse();
        assertThat(ImportRunner.databaseUnavailable(new IllegalStateException("The import's file is gone"))).isFalse();
        assertThat(ImportRunner.databaseUnavailable(new SQLException("no state"))).isFalse();
    }
}
