package org.liaison.operations.web;

import java.util.List;
import java.util.Optional;

import org.liaison.access.CurrentViewer;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationPanel;
import org.liaison.operations.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The "history" panel of the organization page: each change with who, when and the fields
 * before and after. The hub's staff see it; partners do not.
 */
@Component
class HistoryPanel implements OrganizationPanel {

    static final int SHOWN = 50;

    private final AuditTrail audit;
    private final CurrentViewer viewer;

    HistoryPanel(AuditTrail audit, CurrentViewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    @Override
    public int order() {
        return 9000;
    }

    @Override
    public String titleKey() {
        return "operations.history.title";
    }

    @Override
    public String fragment() {
        return "operations/panels :: history";
    }

    @Override
    public Optional<?> model(OrganizationId organization) {
        if (!viewer.get().isStaff()) {
            return Optional.empty();
        }
        List<AuditTrail.Entry> entries = audit.history("organization", organization.value().toString());
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.size() > SHOWN ? entries.subList(0, SHOWN) : entries);
    }
}
