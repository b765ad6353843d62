package org.liaison.relationships.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.strength.Interaction;
import org.liaison.relationships.internal.strength.StrengthScore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strength of a relationship, from its interactions and the agreement in force, with its reasons. */
@Service
@Transactional(readOnly = true)
public class RelationshipStrength {

    private final RelationshipAccess access;
    private final MessageSource messages;
    private final Clock clock;

    RelationshipStrength(RelationshipAccess access, MessageSource messages, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    public StrengthView strength(UUID id, Locale locale) {
        var relationship = access.readable(id);
        var interactions = relationship.getInteractions().stream()
                .map(i -> new Interaction(i.date(), i.weight()))
                .toList();
        var strength = StrengthScore.of(interactions, agreementsInForce(relationship), LocalDate.now(clock));
        return new StrengthView(strength.score(), strength.reasons().stream()
                .map(c -> new StrengthView.Reason(c.key(), c.arguments(), c.points(),
                        messages.getMessage(c.key(), c.arguments().toArray(), c.key(), locale)))
                .toList());
    }

    /** The days an agreement was signed: while at AGREEMENT or ACTIVE, the last move to AGREEMENT. */
    static List<LocalDate> agreementsInForce(Relationship relationship) {
        if (!relationship.getStage().isPartner()) {
            return List.of();
        }
        return relationship.getHistory().reversed().stream()
                .filter(c -> c.to() == Stage.AGREEMENT)
                .findFirst()
                .map(c -> List.of(LocalDate.ofInstant(c.at(), ZoneOffset.UTC)))
                .orElse(List.of(LocalDate.ofInstant(relationship.getCreatedAt(), ZoneOffset.UTC)));
    }
}
