package org.liaison.operations.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the name of whoever made the change: the signed-in user, the API
 * token's owner, or the job running as a system viewer; "anonymous" otherwise.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null ? "system"
                : auth instanceof AnonymousAuthenticationToken ? "anonymous" : auth.getName();
        ((AuditRevision) revisionEntity).username(name);
    }
}
