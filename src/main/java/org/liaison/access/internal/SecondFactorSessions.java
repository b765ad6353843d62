package org.liaison.access.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Marks the current password session as having given its second factor, for the moment a user
 * proves possession of a new authenticator while enrolling (the same proof the sign-in step asks
 * for). The session id changes, as at every step up.
 */
@Component
public class SecondFactorSessions {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public void complete(HttpServletRequest request, HttpServletResponse response) {
        var current = contexts.getContext().getAuthentication();
        if (!(current instanceof UsernamePasswordAuthenticationToken) || SecondFactors.hasFactor(current)) {
            return;
        }
        var principal = current.getPrincipal() instanceof AccountPrincipal p ? p.withSecondFactorEnrolled()
                : current.getPrincipal();
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.FACTOR));
        var upgraded = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        upgraded.setDetails(current.getDetails());
        var context = contexts.createEmptyContext();
        context.setAuthentication(upgraded);
        contexts.setContext(context);
        request.changeSessionId();
        repository.saveContext(context, request, response);
    }
}
