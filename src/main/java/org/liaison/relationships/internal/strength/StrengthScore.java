package org.liaison.relationships.internal.strength;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The strength of a relationship from the record of interactions, in plain Java.
 * <p>
 * Each interaction counts its weight (the seniority of the people met) times
 * {@code exp(-age / 180 days)}: recent ones count most. The sum {@code M} gives up to 70 points as
 * {@code 70 (1 - exp(-M / 2))}, so frequency counts with diminishing returns. Agreements in force
 * give up to 30 points ({@code 30 (1 - exp(-n))}: one agreement is 19). The total is then
 * multiplied by a freshness factor from the last contact (the latest interaction or signature):
 * 1 up to a year, falling linearly to 0 at two years. Hence:
 * <ul>
 * <li>a more recent or an additional interaction never lowers the score (every term grows, and
 * the last contact can only move closer);</li>
 * <li>an agreement in force raises it (while anything happened in the last two years);</li>
 * <li>with no interaction nor signature in two years the score is 0.</li>
 * </ul>
 * Interactions dated in the future count as today.
 */
public final class StrengthScore {

    static final double INTERACTION_POINTS = 70;
    static final double AGREEMENT_POINTS = 30;
    static final double HALF_LIFE_DAYS = 180;
    static final long FRESH_DAYS = 365;
    static final long STALE_DAYS = 730;

    private StrengthScore() {}

    public static Strength of(Collection<Interaction> interactions, Collection<LocalDate> agreementsSigned,
            LocalDate today) {
        double mass = 0;
        double unweightedMass = 0;
        double maxWeight = 0;
        long lastContactDays = Long.MAX_VALUE;
        int lastYear = 0;
        for (var interaction : interactions) {
            long age = Math.max(0, ChronoUnit.DAYS.between(interaction.date(), today));
            double decay = Math.exp(-age / HALF_LIFE_DAYS);
            mass += interaction.weight() * decay;
            unweightedMass += decay;
            maxWeight = Math.max(maxWeight, interaction.weight());
            lastContactDays = Math.min(lastContactDays, age);
            if (age <= FRESH_DAYS) {
                lastYear++;
            }
        }
        for (var signed : agreementsSigned) {
            lastContactDays = Math.min(lastContactDays, Math.max(0, ChronoUnit.DAYS.between(signed, today)));
        }
        double freshness = freshness(lastContactDays);
        double frequencyPart = INTERACTION_POINTS * (1 - Math.exp(-unweightedMass / 2));
        double interactionPart = INTERACTION_POINTS * (1 - Math.exp(-mass / 2));
        double agreementPart = AGREEMENT_POINTS * (1 - Math.exp(-agreementsSigned.size()));
        double total = (interactionPart + agreementPart) * freshness;

        var reasons = new ArrayList<Contribution>();
        if (!interactions.isEmpty()) {
            reasons.add(new Contribution("relationships.strength.interactions",
                    List.of(interactions.size(), lastYear), (int) Math.round(frequencyPart)));
            if (Math.round(interactionPart - frequencyPart) != 0) {
                reasons.add(new Contribution("relationships.strength.seniority",
                        List.of(Math.round(maxWeight * 10) / 10.0), (int) Math.round(interactionPart - frequencyPart)));
            }
        } else {
            reasons.add(new Contribution("relationships.strength.no-interactions", List.of(), 0));
        }
        if (!agreementsSigned.isEmpty()) {
            reasons.add(new Contribution("relationships.strength.agreements", List.of(agreementsSigned.size()),
                    (int) Math.round(agreementPart)));
        }
        if (freshness < 1 && lastContactDays != Long.MAX_VALUE) {
            reasons.add(new Contribution("relationships.strength.last-contact", List.of(lastContactDays),
                    (int) -Math.round((interactionPart + agreementPart) * (1 - freshness))));
        }
        int score = (int) Math.max(0, Math.min(100, Math.round(total)));
        return new Strength(score, reasons);
    }

    private static double freshness(long lastContactDays) {
        if (lastContactDays <= FRESH_DAYS) {
            return 1;
        }
        if (lastContactDays >= STALE_DAYS) {
            return 0;
        }
        return 1 - (double) (lastContactDays - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS);
    }
}
