package org.liaison.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.AccountPrincipal;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A signed-in user's own account: API tokens and password. */
@Controller
@RequestMapping("/account")
class AccountPagesController {

    private final ApiTokenService tokens;
    private final UserAccounts users;
    private final Clock clock;

    AccountPagesController(ApiTokenService tokens, UserAccounts users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    record TokenForm(@NotBlank @Size(max = 100) String name, @Nullable @Min(1) @Max(3650) Integer expiresInDays) {}

    record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String confirmation) {}

    @GetMapping("/tokens")
    String tokens(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("form", new TokenForm("", null));
        return tokensPage(me, model);
    }

    /** Shows the new token in this response only: it is not stored, not redirected, not cached. */
    @PostMapping("/tokens")
    String create(@AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") TokenForm form,
            BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            Instant expires = form.expiresInDays() == null ? null
                    : Instant.now(clock).plus(Duration.ofDays(form.expiresInDays()));
            model.addAttribute("issued", tokens.issue(me.id(), form.name(), expires));
            model.addAttribute("form", new TokenForm("", null));
        }
        return tokensPage(me, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id) {
        tokens.revoke(me.id(), id);
        return "redirect:/account/tokens";
    }

    @GetMapping("/password")
    String password(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "access/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") PasswordForm form,
            Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        String current = form.currentPassword() == null ? "" : form.currentPassword();
        String next = form.newPassword() == null ? "" : form.newPassword();
        if (!next.equals(form.confirmation())) {
            model.addAttribute("problem", "access.password.mismatch");
            return "access/password";
        }
        try {
            users.changePassword(me.id(), current, next);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", "error." + e.code());
            return "access/password";
        }
        model.addAttribute("changed", true);
        return "access/password";
    }

    private String tokensPage(AccountPrincipal me, Model model) {
        model.addAttribute("tokens", tokens.list(me.id()));
        return "access/tokens";
    }
}
