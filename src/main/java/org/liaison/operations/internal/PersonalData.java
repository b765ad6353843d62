package org.liaison.operations.internal;

import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liaison.operations.audit.AuditTrail;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.PersonalDataContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's personal data across modules: the export gathers every {@link PersonalDataContributor}'s
 * part and the person's audit trail; erasure has every module erase its part, then replaces the
 * person's names in the audit trail by a stable pseudonym (who changed what, and when, stays).
 */
@Service
public class PersonalData {

    private final List<PersonalDataContributor> contributors;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalData(ObjectProvider<PersonalDataContributor> contributors, AuditTrail audit, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.contributors = contributors.orderedStream().toList();
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The stable pseudonym that replaces an erased person's names in the audit trail. */
    public static String pseudonym(UUID person) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(person.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "erased-person-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything about a person, by module; 404 when no module knows them. */
    public Map<String, Object> export(UUID person) {
        var modules = new LinkedHashMap<String, Object>();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            for (var contributor : contributors) {
                var part = contributor.export(person);
                if (!part.isEmpty()) {
                    modules.put(contributor.module(), part);
                }
            }
        });
        if (modules.isEmpty()) {
            throw new NotFoundException("person", person);
        }
        var export = new LinkedHashMap<String, Object>();
        export.put("person", person.toString());
        export.put("exportedAt", clock.instant().toString());
        export.put("modules", modules);
        export.put("auditTrail", audit.history("person", person.toString()));
        return export;
    }

    /** Erases the person from every module and pseudonymizes their names in the audit trail. */
    public String erase(UUID person) {
        transactions.executeWithoutResult(status -> contributors.forEach(c -> c.erase(person)));
        // After the commit: the deletion's own audit rows (with the last names) are written by then.
        String pseudonym = pseudonym(person);
        transactions.executeWithoutResult(status -> {
            if (audit.hasTable("person_name_aud")) {
                jdbc.update("update person_name_aud set text = ? where person_id = ?", pseudonym, person);
            }
            if (audit.hasTable("person_aud")) {
                jdbc.update("update person_aud set description = null where id = ? and description is not null", person);
            }
        });
        return pseudonym;
    }
}
