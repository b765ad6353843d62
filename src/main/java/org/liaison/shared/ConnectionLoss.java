package org.liaison.shared;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool which failures mean the connection is gone for good. HikariCP evicts a
 * connection on SQLSTATE class 08 and a few vendor states; H2 reports a server that stopped or a
 * database that closed under its connections with its own codes (90067 connection broken, 90098
 * database closed, 90121 closed at shutdown), so without this the pool kept handing out the dead
 * connections after an H2 server came back, and work that retries (imports resuming, the outage
 * probe) kept failing on them. Set by {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class ConnectionLoss implements SQLExceptionOverride {

    private static final Set<Integer> H2_CONNECTION_GONE = Set.of(90067, 90098, 90121);

    public ConnectionLoss() {}

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        boolean h2 = e.getClass().getName().startsWith("org.h2.");
        return h2 && H2_CONNECTION_GONE.contains(e.getErrorCode()) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
