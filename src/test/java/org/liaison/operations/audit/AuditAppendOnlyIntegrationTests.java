package org.liaison.operations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the application's role cannot update or delete audit rows, only read and append
 * them: the grants of {@code db/migration/postgresql/afterMigrate.sql}, applied by Flyway to the
 * role named by {@code LIAISON_DB_APP_ROLE}. The build's database role may not create roles, so the
 * test names the role it connects with: the callback then revokes UPDATE and DELETE on the audit
 * tables from that very role, which is exactly the privilege set a separate application role gets.
 * H2 has no such grants: skipped there, with this reason.
 */
@SpringBootTest(properties = "spring.flyway.placeholders.liaison_app_role=${spring.datasource.username}")
@Tag("persistence")
class AuditAppendOnlyIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DirectoryService directory;

    boolean onPostgres() {
        return jdbc.execute((java.sql.Connection con) -> con.getMetaData().getDatabaseProductName()).contains("PostgreSQL");
    }

    @Test
    void theApplicationRoleReadsAndAppendsAuditRowsButCannotChangeOrDeleteThem() {
        Assumptions.assumeTrue(onPostgres(), "Audit grants are a PostgreSQL feature; run with -Ppostgres");
        // the application still works and appends to the trail
        var made = ViewerContext.call(Viewer.system("append-only-test"), () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION, List.of(new NameInput("Append Only Corp", "en", true)), List.of(), "JP",
                null, null, null, Set.of())));
        assertThat(jdbc.queryForObject("select count(*) from organization_aud where id = ?", Integer.class, made.id()))
                .isEqualTo(1);
        jdbc.update("insert into audit_security_event (occurred_at, kind, username, detail) values (now(), 'LOGIN', 'x', 'y')");

        assertThatThrownBy(() -> jdbc.update("update audit_revision set username = 'someone else'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from audit_revision"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from organization_aud where id = ?", made.id()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("update audit_security_event set detail = 'forged'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("update organization_aud set city = 'forged'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // erasure may overwrite a person's names in the trail, and nothing else of it
        jdbc.update("update person_name_aud set text = text where 1 = 0");
        assertThatThrownBy(() -> jdbc.update("update person_name_aud set rev = rev where 1 = 0"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // ordinary tables stay writable
        assertThat(jdbc.update("update organization set city = 'Tokyo' where id = ?", made.id())).isEqualTo(1);
    }
}
