package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.SQLExceptionOverride;

/** Which failures make the pool drop a connection. */
class ConnectionLossTests {

    final ConnectionLoss override = new ConnectionLoss();

    @Test
    void h2sOwnCodesForAGoneConnectionEvictIt() {
        for (int code : new int[] { ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED,
                ErrorCode.DATABASE_CALLED_AT_SHUTDOWN }) {
            var e = new JdbcSQLNonTransientConnectionException("gone", null, "90000", code, null, null);
            assertThat(override.adjudicate(e)).as("code %d", code).isEqualTo(SQLExceptionOverride.Override.MUST_EVICT);
        }
    }

    @Test
    void everythingElseIsLeftToThePoolsOwnRules() {
        assertThat(override.adjudicate(new SQLException("duplicate key", "23505", 0)))
                .isEqualTo(SQLExceptionOverride.Override.CONTINUE_EVICT);
        assertThat(override.adjudicate(new SQLException("not h2", "08006", 90121)))
                .isEqualTo(SQLExceptionOverride.Override.CONTINUE_EVICT);
    }
}
