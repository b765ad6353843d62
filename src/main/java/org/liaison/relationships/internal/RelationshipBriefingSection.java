package org.liaison.relationships.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.BriefingBlock;
import org.liaison.engagements.BriefingSection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship's part of a briefing pack: stage (with the administrator's label), owner, next
 * step, last contact, strength with its reasons. The hub's staff only: for others it is absent. Its
 * texts are in the engagements bundle (engagements.briefing.relationship.*) beside the pack's other blocks.
 */
@Component
class RelationshipBriefingSection implements BriefingSection {

    private final RelationshipRepository relationships;
    private final RelationshipStageLabels stageLabels;
    private final RelationshipStrength strength;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;
    private final MessageSource messages;

    RelationshipBriefingSection(RelationshipRepository relationships, RelationshipStageLabels stageLabels,
            RelationshipStrength strength, DirectoryQueries directory, UserAccounts accounts, MessageSource messages) {
        this.relationships = relationships;
        this.stageLabels = stageLabels;
        this.strength = strength;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BriefingBlock> describe(OrganizationId organization, Viewer viewer, Locale locale) {
        if (!viewer.isStaff()) {
            return Optional.empty();
        }
        String title = message("engagements.briefing.relationship.title", locale);
        var relationship = relationships.findByOrganization(directory.current(organization).value()).orElse(null);
        if (relationship == null) {
            return Optional.of(BriefingBlock.of(title, List.of(), message("engagements.briefing.relationship.none", locale)));
        }
        var rows = new ArrayList<BriefingBlock.Row>();
        rows.add(new BriefingBlock.Row(message("engagements.briefing.relationship.stage", locale),
                stageLabels.stageLabels(locale).get(relationship.getStage())));
        if (relationship.getOwner() != null) {
            accounts.find(relationship.getOwner()).map(UserAccount::displayName).ifPresent(owner ->
                    rows.add(new BriefingBlock.Row(message("engagements.briefing.relationship.owner", locale), owner)));
        }
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (relationship.getNextStep() != null) {
            String next = relationship.getNextStep();
            if (relationship.getNextStepDue() != null) {
                next += " (" + date.format(relationship.getNextStepDue()) + ")";
            }
            rows.add(new BriefingBlock.Row(message("engagements.briefing.relationship.next-step", locale), next));
        }
        if (relationship.getLastContact() != null) {
            rows.add(new BriefingBlock.Row(message("engagements.briefing.relationship.last-contact", locale),
                    date.format(relationship.getLastContact())));
        }
        var strength = this.strength.strength(relationship.getId(), locale);
        rows.add(new BriefingBlock.Row(message("engagements.briefing.relationship.strength", locale),
                strength.score() + " / 100"));
        var reasons = strength.reasons().stream().map(StrengthView.Reason::text).toList();
        return Optional.of(new BriefingBlock(title, rows, reasons, null));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
