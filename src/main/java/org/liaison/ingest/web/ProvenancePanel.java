package org.liaison.ingest.web;

import java.util.Optional;

import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationPanel;
import org.liaison.ingest.internal.ProvenanceQueries;
import org.springframework.stereotype.Component;

/** On the organization page: the reviewed facts it came from (document, sentence, who accepted, when). */
@Component
class ProvenancePanel implements OrganizationPanel {

    private final ProvenanceQueries provenance;

    ProvenancePanel(ProvenanceQueries provenance) {
        this.provenance = provenance;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String titleKey() {
        return "ingest.provenance.title";
    }

    @Override
    public String fragment() {
        return "ingest/panels :: provenance";
    }

    @Override
    public Optional<?> model(OrganizationId organization) {
        var rows = provenance.ofOrganization(organization.value());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }
}
