package org.liaison.access.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Role;
import org.liaison.access.internal.AccountPrincipal;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.access.internal.SecondFactors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.liaison.access.internal.TokenView;
import org.liaison.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over the API: who am I, and my personal tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    private final ApiTokenService tokens;

    MeApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record Me(UUID id, String username, String displayName, Set<Role> roles, @Nullable UUID organization,
            Set<String> groups, @Nullable String preferredLanguage) {}

    /** A token to create; other fields in the body are ignored. */
    record NewToken(@NotBlank @Size(max = 100) String name, @Nullable Instant expiresAt) {}

    /** The created token with its secret, shown this once. */
    record CreatedToken(UUID id, String name, String token, Instant createdAt, @Nullable Instant expiresAt) {}

    @GetMapping
    Me me(@AuthenticationPrincipal AccountPrincipal me) {
        var viewer = me.viewer();
        return new Me(me.id(), me.getUsername(), me.displayName(), viewer.roles(), viewer.organization(),
                viewer.groups(), me.preferredLanguage());
    }

    @GetMapping("/tokens")
    List<TokenView> tokens(@AuthenticationPrincipal AccountPrincipal me) {
        return tokens.list(me.id());
    }

    @GetMapping("/tokens/{id}")
    TokenView token(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id) {
        return tokens.list(me.id()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("token", id));
    }

    /**
     * Creates a token. Administrators and committee members may do so only from a session that gave
     * its second factor: a token (single factor by design) cannot mint another for them.
     */
    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> create(@AuthenticationPrincipal AccountPrincipal me, Authentication auth,
            @Valid @RequestBody NewToken body) {
        if (me.secondFactorRequiredByRole() && !SecondFactors.hasFactor(auth)) {
            throw new AccessDeniedException("Tokens of this role are created from a session with a second factor");
        }
        var issued = tokens.issue(me.id(), body.name(), body.expiresAt());
        var view = issued.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + view.id()))
                .body(new CreatedToken(view.id(), view.name(), issued.secret(), view.createdAt(), view.expiresAt()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id) {
        tokens.revoke(me.id(), id);
        return ResponseEntity.noContent().build();
    }
}
