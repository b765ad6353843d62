package org.liaison.agreements.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Parties and milestone owners of a merged organization move to the survivor (idempotent). */
@Component
class AgreementListeners {

    private final AgreementService agreements;

    AgreementListeners(AgreementService agreements) {
        this.agreements = agreements;
    }

    @ApplicationModuleListener
    void on(OrganizationsMerged event) {
        ViewerContext.run(Viewer.system("agreements"), () -> agreements.organizationsMerged(event.merged(), event.survivor()));
    }
}
