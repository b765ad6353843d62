package org.liaison.access.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second sign-in step as a factor of Spring Security's multi-factor authentication: the code
 * (six digits from the authenticator, or a recovery code) posted to {@value #STEP} is checked by
 * {@link Provider}, which grants the {@link SecondFactors#FACTOR} authority; the filter, with MFA
 * merging on, adds it to the password session's authorities (same user only), changes the session
 * id and returns to the page first asked for. A wrong code is a failed sign-in for
 * {@link LoginThrottle}, so guessing codes is throttled exactly like guessing passwords.
 */
final class SecondFactorAuthentication {

    /** The page and form of the second step. */
    static final String STEP = "/login/second-factor";
    /** Where a user who must have a second factor and has none sets one up. */
    static final String ENROL = "/account/second-factor";

    private SecondFactorAuthentication() {
    }

    /** The code given for the signed-in (password only) user. */
    static final class Code extends AbstractAuthenticationToken {

        private final AccountPrincipal principal;
        private final String code;

        Code(AccountPrincipal principal, String code) {
            super(List.of());
            this.principal = principal;
            this.code = code;
            setAuthenticated(false);
        }

        @Override
        public Object getCredentials() {
            return code;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }

    /** Checks the code against the user's authenticator or recovery codes; each is accepted once. */
    static final class Provider implements AuthenticationProvider {

        private final SecondFactors factors;

        Provider(SecondFactors factors) {
            this.factors = factors;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var given = (Code) authentication;
            var principal = (AccountPrincipal) given.getPrincipal();
            if (!factors.verify(principal.id(), (String) given.getCredentials())) {
                throw new BadCredentialsException("Wrong or used second-factor code");
            }
            var result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(FactorGrantedAuthority.fromAuthority(SecondFactors.FACTOR)));
            result.setDetails(given.getDetails());
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return Code.class.isAssignableFrom(authentication);
        }
    }

    static final class Filter extends AbstractAuthenticationProcessingFilter {

        Filter(SecondFactors factors, ApplicationEventPublisher events, RequestCache requestCache) {
            super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, STEP));
            var manager = new ProviderManager(new Provider(factors));
            manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
            setAuthenticationManager(manager);
            setMfaEnabled(true); // merge with the password session instead of replacing it
            setSecurityContextRepository(new HttpSessionSecurityContextRepository());
            setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
            var success = new SavedRequestAwareAuthenticationSuccessHandler();
            success.setRequestCache(requestCache);
            setAuthenticationSuccessHandler(success);
            setAuthenticationFailureHandler(Filter::failed);
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
            @Nullable Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (!SecondFactors.incomplete(current) || current == null) {
                throw new AuthenticationCredentialsNotFoundException("No password session waiting for a code");
            }
            String code = request.getParameter("code");
            var token = new Code((AccountPrincipal) current.getPrincipal(), code == null ? "" : code);
            token.setDetails(authenticationDetailsSource.buildDetails(request));
            return getAuthenticationManager().authenticate(token);
        }

        private static void failed(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException failure) throws IOException, ServletException {
            String target = failure instanceof BadCredentialsException ? STEP + "?error" : SecurityResponses.LOGIN + "?expired";
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
