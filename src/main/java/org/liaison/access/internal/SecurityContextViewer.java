package org.liaison.access.internal;

import java.util.EnumSet;
import java.util.Set;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerPrincipal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The viewer of the current thread, from Spring Security's context. */
@Component
class SecurityContextViewer implements CurrentViewer {

    @Override
    public Viewer get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Viewer.ANONYMOUS;
        }
        if (SecondFactors.incomplete(auth)) {
            // signed in with the password only, the code still owed: sees what anyone sees
            return Viewer.ANONYMOUS;
        }
        if (auth.getPrincipal() instanceof ViewerPrincipal principal) {
            return principal.viewer();
        }
        var roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Viewer(null, auth.getName(), roles, null,
                roles.contains(Role.COMMITTEE_MEMBER) ? Set.of("committee") : Set.of());
    }
}
