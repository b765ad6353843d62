package org.liaison.fund.web;

import java.util.List;

import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the fund's page forms report: a write that breaks a rule or was made on a stale version goes
 * back to the page it came from, which shows the current state with the message in the reader's
 * language ({@code fundError}: a key of the errors; {@code fundErrorItems}: the open checklist items,
 * when that is the reason).
 */
final class PageWrites {

    private PageWrites() {}

    /** Runs a write; then, or on a broken rule or a stale version, back to the page with the message. */
    static String attempt(RedirectAttributes redirect, String back, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("notice", "fund.notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("fundError", "error." + e.code());
            redirect.addFlashAttribute("fundErrorText", e.getMessage());
            redirect.addFlashAttribute("fundErrorItems", items(e));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("fundError", "error.stale-version");
            redirect.addFlashAttribute("fundErrorText", e.getMessage());
        }
        return "redirect:" + back;
    }

    /** The same message for a form page rendered again (422), keeping what was typed. */
    static void reject(Model model, RuleViolationException e) {
        model.addAttribute("fundError", "error." + e.code());
        model.addAttribute("fundErrorText", e.getMessage());
        model.addAttribute("fundErrorItems", items(e));
    }

    private static List<?> items(RuleViolationException e) {
        return e.details().get("openItems") instanceof List<?> list ? list : List.of();
    }
}
