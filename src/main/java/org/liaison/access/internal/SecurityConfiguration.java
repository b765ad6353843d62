package org.liaison.access.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.liaison.access.PublicPaths;
import org.liaison.access.Role;
import org.liaison.shared.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /v3/api-docs/**}) authenticates each
 * request by its bearer token and never creates a session; a browser already signed in may call
 * it with its session cookie, and then CSRF applies. Pages use form login with sessions and CSRF.
 * Both answer 401/403 as problem details where a program is asking, and send the same security
 * headers. Anonymous visitors may read {@link #BASE_PUBLIC_PATHS} and every {@link PublicPaths}
 * bean's patterns; the rest of {@code /actuator} is for administrators; everything else needs a
 * signed-in user, and the modules' services decide the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** What anyone may read without signing in. Modules add theirs with a {@link PublicPaths} bean. */
    static final PublicPaths BASE_PUBLIC_PATHS = PublicPaths.of("/", "/login", "/css/**", "/js/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
            "/swagger-ui.html");

    /** Metrics in Prometheus format: scraped with an administrator's API token. */
    static final String METRICS = "/actuator/prometheus";

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PrehashingBcryptPasswordEncoder.delegating();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, SecurityResponses responses,
            ObjectProvider<PublicPaths> publicPaths, AccessSettings settings, Accounts accounts, Clock clock)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/v3/api-docs.yaml", METRICS)
                .authorizeHttpRequests(requests -> {
                    // metrics for a Prometheus server: an administrator's token (or session)
                    requests.requestMatchers(METRICS).access(MFA.hasRole(Role.ADMINISTRATOR.name()));
                    permitPublicReads(requests, publicPaths);
                    requests.anyRequest().access(MFA.authenticated());
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // CSRF guards ambient credentials only: a browser's session cookie. A request with a
                // bearer token, or with no session at all, carries none, so it goes on to
                // authentication and an anonymous write answers 401, not a misleading 403.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(
                        request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                                && !ApiTokenAuthenticationFilter.hasBearer(request)
                                && request.getSession(false) != null))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(responses::apiUnauthorized)
                        .accessDeniedHandler((request, response, denied) -> {
                            if (SecondFactors.incomplete(SecurityContextHolder.getContext().getAuthentication())) {
                                responses.apiUnauthorized(request, response,
                                        new InsufficientAuthenticationException("The second factor is missing"));
                            } else {
                                responses.apiForbidden(request, response, denied);
                            }
                        }))
                .headers(headers -> securityHeaders(headers, settings))
                .addFilterAt(new ApiTokenAuthenticationFilter(tokens, responses::apiUnauthorized),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionValidityFilter(accounts::existsByIdAndEnabledTrue, settings.absoluteTimeout(),
                        settings.idleTimeout(), clock), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SecurityResponses responses,
            ObjectProvider<PublicPaths> publicPaths, AccessSettings settings, Accounts accounts, Clock clock,
            LoginThrottle throttle, SecondFactors secondFactors, ApplicationEventPublisher events) throws Exception {
        var requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(SecurityConfiguration::worthReturningTo);
        var afterPassword = new SavedRequestAwareAuthenticationSuccessHandler();
        afterPassword.setRequestCache(requestCache);
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    permitPublicReads(requests, publicPaths);
                    // the second step and the enrolment are for password sessions still owing the code
                    requests.requestMatchers(SecondFactorAuthentication.STEP, SecondFactorAuthentication.ENROL)
                            .access(AuthenticatedAuthorizationManager.authenticated());
                    requests.requestMatchers("/actuator/**").access(MFA.hasRole(Role.ADMINISTRATOR.name()));
                    requests.anyRequest().access(MFA.authenticated());
                })
                .formLogin(login -> login.loginPage(SecurityResponses.LOGIN).permitAll()
                        .successHandler((request, response, auth) -> {
                            if (SecondFactors.incomplete(auth)) {
                                response.sendRedirect(request.getContextPath() + secondStep(auth, secondFactors));
                            } else {
                                afterPassword.onAuthenticationSuccess(request, response, auth);
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SecurityResponses.LOGIN + "?logout")
                        .deleteCookies("JSESSIONID").permitAll())
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(responses::pageUnauthorized)
                        .accessDeniedHandler((request, response, denied) -> {
                            var auth = SecurityContextHolder.getContext().getAuthentication();
                            if (auth != null && SecondFactors.incomplete(auth)) {
                                // back to this page once the code is given
                                requestCache.saveRequest(request, response);
                                String target = request.getContextPath() + secondStep(auth, secondFactors);
                                if (SecurityResponses.isHtmx(request)) {
                                    response.setHeader("HX-Redirect", target);
                                    response.setStatus(401);
                                } else {
                                    response.sendRedirect(target);
                                }
                            } else {
                                responses.pageForbidden(request, response, denied);
                            }
                        }))
                .headers(headers -> securityHeaders(headers, settings))
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorAuthentication.Filter(secondFactors, events, requestCache),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionValidityFilter(accounts::existsByIdAndEnabledTrue, settings.absoluteTimeout(),
                        settings.idleTimeout(), clock), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * Spring Security's multi-factor rule added to every "signed in" and role rule: a password
     * session of an administrator, a committee member or anyone who enrolled a second factor must
     * also carry {@link SecondFactors#FACTOR}; API tokens and other users pass as before. Not a bean,
     * so method security and other chains keep their own rules.
     */
    static final DefaultAuthorizationManagerFactory<RequestAuthorizationContext> MFA = secondFactorRule();

    private static DefaultAuthorizationManagerFactory<RequestAuthorizationContext> secondFactorRule() {
        AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> totp = AllRequiredFactorsAuthorizationManager
                .<RequestAuthorizationContext>builder()
                .requireFactor(factor -> factor.passwordAuthority())
                .requireFactor(factor -> factor.authority(SecondFactors.FACTOR))
                .build();
        AuthorizationManager<RequestAuthorizationContext> whenOwed = (authentication, context) ->
                SecondFactors.incomplete(authentication.get()) ? totp.authorize(authentication, context)
                        : new AuthorizationDecision(true);
        var factory = new DefaultAuthorizationManagerFactory<RequestAuthorizationContext>();
        factory.setAdditionalAuthorization(whenOwed);
        return factory;
    }

    /** Where a password session owing its second factor goes: the code, or the enrolment when it has none. */
    static String secondStep(org.springframework.security.core.Authentication auth, SecondFactors factors) {
        return auth.getPrincipal() instanceof AccountPrincipal p && factors.enrolled(p.id())
                ? SecondFactorAuthentication.STEP : SecondFactorAuthentication.ENROL;
    }

    /** Every public pattern: the base list and each module's {@link PublicPaths} bean. */
    static List<String> publicPatterns(ObjectProvider<PublicPaths> contributed) {
        var patterns = new ArrayList<>(BASE_PUBLIC_PATHS.patterns());
        contributed.orderedStream().forEach(p -> patterns.addAll(p.patterns()));
        return patterns;
    }

    private static void permitPublicReads(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            ObjectProvider<PublicPaths> contributed) {
        String[] patterns = publicPatterns(contributed).toArray(String[]::new);
        requests.requestMatchers(HttpMethod.GET, patterns).permitAll();
        requests.requestMatchers(HttpMethod.HEAD, patterns).permitAll();
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, AccessSettings settings) {
        // X-Content-Type-Options: nosniff and Cache-Control: no-store are Spring Security's defaults; kept.
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(settings.csp()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.deny());
    }

    /** Pages worth coming back to after signing in: not htmx fragments, API calls or assets. */
    private static boolean worthReturningTo(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !SecurityResponses.isHtmx(request)
                && !Problems.isApiRequest(request) && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }
}
