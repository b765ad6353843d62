package org.liaison.relationships.internal;

import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.RelationshipCommands;
import org.liaison.relationships.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Relationship commands for other modules, delegating to {@link RelationshipService}. */
@Service
@Transactional
class RelationshipCommandService implements RelationshipCommands {

    private final RelationshipService relationships;
    private final RelationshipRepository repository;
    private final DirectoryQueries directory;

    RelationshipCommandService(RelationshipService relationships, RelationshipRepository repository,
            DirectoryQueries directory) {
        this.relationships = relationships;
        this.repository = repository;
        this.directory = directory;
    }

    @Override
    public boolean interestShown(OrganizationId organization, Stage stage, String reason) {
        var current = directory.current(organization);
        if (repository.findByOrganization(current.value()).isPresent()
                || directory.homeHub().map(h -> h.id().equals(current)).orElse(false)) {
            return false;
        }
        relationships.create(current, stage, null, null, null, reason.length() > 500 ? reason.substring(0, 500) : reason);
        return true;
    }
}
