package org.liaison.operations.web;

import java.util.List;
import java.util.Optional;

import org.liaison.access.CurrentViewer;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementPanel;
import org.liaison.operations.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The "history" panel of the agreement page: each change of the agreement, its parties and its
 * status history, with who, when and the fields before and after. The hub's staff see it;
 * partners do not (as on the organization page).
 */
@Component
class AgreementHistoryPanel implements AgreementPanel {

    private final AuditTrail audit;
    private final CurrentViewer viewer;

    AgreementHistoryPanel(AuditTrail audit, CurrentViewer viewer) {
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
    public Optional<?> model(AgreementId agreement) {
        if (!viewer.get().isStaff()) {
            return Optional.empty();
        }
        List<AuditTrail.Entry> entries = audit.history("agreement", agreement.value().toString());
        return entries.isEmpty() ? Optional.empty()
                : Optional.of(entries.size() > HistoryPanel.SHOWN ? entries.subList(0, HistoryPanel.SHOWN) : entries);
    }
}
