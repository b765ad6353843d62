package org.liaison.relationships.internal.strength;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of the strength score, checked over generated records of interactions (a fixed seed,
 * so a failure is reproducible; the failing input is in the message).
 */
class StrengthScoreTests {

    static final LocalDate TODAY = LocalDate.of(2012, 6, 1);
    static final int RUNS = 2_000;

    final Random random = new Random(20120426);

    List<Interaction> interactions(int max, int maxAgeDays) {
        var list = new ArrayList<Interaction>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            list.add(new Interaction(TODAY.minusDays(random.nextInt(maxAgeDays + 1)), 0.5 + random.nextInt(6) * 0.5));
        }
        return list;
    }

    List<LocalDate> agreements(int max, int maxAgeDays) {
        var list = new ArrayList<LocalDate>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            list.add(TODAY.minusDays(random.nextInt(maxAgeDays + 1)));
        }
        return list;
    }

    int score(List<Interaction> interactions, List<LocalDate> agreements) {
        return StrengthScore.of(interactions, agreements, TODAY).score();
    }

    @Test
    void aMoreRecentInteractionNeverLowersTheScore() {
        for (int run = 0; run < RUNS; run++) {
            var before = interactions(8, 1200);
            if (before.isEmpty()) {
                continue;
            }
            var agreements = agreements(2, 1200);
            int index = random.nextInt(before.size());
            var moved = new ArrayList<>(before);
            var old = before.get(index);
            moved.set(index, new Interaction(old.date().plusDays(1 + random.nextInt(400)), old.weight()));
            assertThat(score(moved, agreements)).as("%s moved closer in %s", old, before)
                    .isGreaterThanOrEqualTo(score(before, agreements));
        }
    }

    @Test
    void anotherInteractionNeverLowersTheScore() {
        for (int run = 0; run < RUNS; run++) {
            var before = interactions(8, 1200);
            var agreements = agreements(2, 1200);
            var more = new ArrayList<>(before);
            more.add(new Interaction(TODAY.minusDays(random.nextInt(1200)), 0.5 + random.nextInt(6) * 0.5));
            assertThat(score(more, agreements)).as("one more than %s", before)
                    .isGreaterThanOrEqualTo(score(before, agreements));
        }
    }

    @Test
    void aSignedAgreementRaisesTheScore() {
        for (int run = 0; run < RUNS; run++) {
            var interactions = interactions(8, 1200);
            var agreements = agreements(1, 365);
            var signed = new ArrayList<>(agreements);
            signed.add(TODAY.minusDays(random.nextInt(365)));
            assertThat(score(interactions, signed)).as("%s and %s", interactions, agreements)
                    .isGreaterThan(score(interactions, agreements));
        }
    }

    @Test
    void noInteractionInTwoYearsDecaysTheScoreToZero() {
        for (int run = 0; run < RUNS; run++) {
            var interactions = new ArrayList<Interaction>();
            int n = 1 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                interactions.add(new Interaction(TODAY.minusDays(730 + random.nextInt(2000)), 1 + random.nextInt(5)));
            }
            var agreements = List.of(TODAY.minusDays(730 + random.nextInt(2000)));
            assertThat(StrengthScore.of(interactions, agreements, TODAY).score()).as("%s", interactions)
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theScoreStaysBetweenZeroAndAHundred() {
        for (int run = 0; run < RUNS; run++) {
            int score = score(interactions(200, 800), agreements(5, 800));
            assertThat(score).isBetween(0, 100);
        }
        var flood = new ArrayList<Interaction>();
        for (int i = 0; i < 1000; i++) {
            flood.add(new Interaction(TODAY, 10));
        }
        assertThat(score(flood, List.of(TODAY, TODAY, TODAY))).isBetween(98, 100);
    }

    @Test
    void explainsTheScoreWithReasonsThatAddUpToIt() {
        var strength = StrengthScore.of(List.of(new Interaction(TODAY.minusDays(400), 3), Interaction.on(TODAY.minusDays(500))),
                List.of(TODAY.minusDays(600)), TODAY);
        assertThat(strength.reasons()).extracting(Contribution::key).containsExactly(
                "relationships.strength.interactions", "relationships.strength.seniority",
                "relationships.strength.agreements", "relationships.strength.last-contact");
        int sum = strength.reasons().stream().mapToInt(Contribution::points).sum();
        assertThat(sum).isCloseTo(strength.score(), org.assertj.core.data.Offset.offset(2));
        assertThat(strength.reasons().getLast().arguments()).containsExactly(400L);
    }

    @Test
    void withoutInteractionsSaysSo() {
        var strength = StrengthScore.of(List.of(), List.of(), TODAY);
        assertThat(strength.score()).isZero();
        assertThat(strength.reasons()).extracting(Contribution::key).containsExactly("relationships.strength.no-interactions");
    }

    @Test
    void meetingSomeoneMoreSeniorNeverLowersTheScore() {
        for (int run = 0; run < RUNS; run++) {
            var before = interactions(8, 1200);
            if (before.isEmpty()) {
                continue;
            }
            var agreements = agreements(2, 1200);
            int index = random.nextInt(before.size());
            var senior = new ArrayList<>(before);
            var old = before.get(index);
            senior.set(index, new Interaction(old.date(), old.weight() * Seniority.LEADER));
            assertThat(score(senior, agreements)).as("%s met at a higher level in %s", old, before)
                    .isGreaterThanOrEqualTo(score(before, agreements));
        }
    }
}
