package org.liaison.relationships.internal;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementSigned;
import org.liaison.directory.DirectoryQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A signed agreement moves the hub's relationship with each other party to AGREEMENT (the hub
 * itself, a party too, has no relationship with itself). Idempotent: a relationship already at
 * AGREEMENT or ACTIVE is left alone, so a publication delivered again changes nothing.
 */
@Component
class AgreementSignedListener {

    private final RelationshipService relationships;
    private final DirectoryQueries directory;

    AgreementSignedListener(RelationshipService relationships, DirectoryQueries directory) {
        this.relationships = relationships;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(AgreementSigned event) {
        ViewerContext.run(Viewer.system("relationships"), () -> {
            var hub = directory.homeHub().map(h -> h.id()).orElse(null);
            for (var party : event.parties()) {
                if (!directory.current(party).equals(hub)) {
                    relationships.agreementSigned(party, "Agreement signed on " + event.signedOn());
                }
            }
        });
    }
}
