package org.liaison.agreements.web;

import java.util.List;
import java.util.Optional;

import org.liaison.agreements.internal.AgreementFilter;
import org.liaison.agreements.internal.AgreementService;
import org.liaison.agreements.internal.AgreementView;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationPanel;
import org.springframework.stereotype.Component;

/** The agreements an organization is party to, on its page (only those the viewer may see). */
@Component
class AgreementsPanel implements OrganizationPanel {

    private final AgreementService agreements;

    AgreementsPanel(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String titleKey() {
        return "agreements.panel.title";
    }

    @Override
    public String fragment() {
        return "agreements/panels :: agreements";
    }

    @Override
    public Optional<?> model(OrganizationId organization) {
        List<AgreementView> found = agreements.list(new AgreementFilter(null, null, null, null, organization.value()));
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
