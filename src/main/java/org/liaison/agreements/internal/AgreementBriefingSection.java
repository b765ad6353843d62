package org.liaison.agreements.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementSummary;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.BriefingBlock;
import org.liaison.engagements.BriefingSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agreements' part of a briefing pack: each agreement the organization is party to that the
 * reader may see, with its kind, status and dates, so whoever meets the partner knows what is
 * already signed and what is still in draft.
 */
@Component
class AgreementBriefingSection implements BriefingSection {

    private final AgreementService agreements;
    private final MessageSource messages;

    AgreementBriefingSection(AgreementService agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public Optional<BriefingBlock> describe(OrganizationId organization, Viewer viewer, Locale locale) {
        var found = ViewerContext.call(viewer, () -> agreements.ofOrganization(organization));
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var rows = found.stream().map(a -> new BriefingBlock.Row(
                message("agreements.kind." + a.kind().name(), locale), describe(a, date, locale))).toList();
        return Optional.of(BriefingBlock.of(message("agreements.briefing.title", locale), rows,
                message("agreements.briefing.none", locale)));
    }

    private String describe(AgreementSummary agreement, DateTimeFormatter date, Locale locale) {
        var text = new StringBuilder(agreement.title()).append(" — ")
                .append(message("agreements.status." + agreement.status().name(), locale));
        if (agreement.signedOn() != null) {
            text.append(", ").append(messages.getMessage("agreements.briefing.signed",
                    new Object[] { date.format(agreement.signedOn()) }, locale));
        }
        if (agreement.expiresOn() != null) {
            text.append(", ").append(messages.getMessage("agreements.briefing.expires",
                    new Object[] { date.format(agreement.expiresOn()) }, locale));
        }
        if (agreement.sample()) {
            text.append(" (").append(message("agreements.briefing.sample", locale)).append(")");
        }
        return text.toString();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
