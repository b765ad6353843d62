package org.liaison.relationships.internal.strength;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The curated seniority rule: titles as the directory records them on affiliations, in four languages. */
class SeniorityTests {

    @Test
    void leadersOfOrganizationsAndStateBodiesWeighMost() {
        for (String title : new String[] {"Minister of Economy, Trade and Industry", "Chairman of Keidanren",
                "President of the Skolkovo Foundation", "CEO", "Министр экономического развития",
                "Председатель правления", "董事长", "国务院总理", "経済産業大臣", "代表取締役社長"}) {
            assertThat(Seniority.of(title)).as(title).isEqualTo(Seniority.LEADER);
        }
    }

    @Test
    void headsAndDeputiesWeighMoreThanTheWorkingLevelButLessThanLeaders() {
        for (String title : new String[] {"Director of international cooperation", "Head of the Tokyo office",
                "Rector", "Vice-President", "Deputy Minister", "Vice-Premier of China", "Директор по развитию",
                "Заместитель министра", "副总理", "研究センター長", "部長"}) {
            assertThat(Seniority.of(title)).as(title).isEqualTo(Seniority.HEAD);
        }
    }

    @Test
    void everyoneElseAndUnrecordedRolesAreTheWorkingLevel() {
        for (String title : new String[] {"engineer", "Researcher", "инженер", "研究员", "研究員", "", "  "}) {
            assertThat(Seniority.of(title)).as(title).isEqualTo(Seniority.WORKING);
        }
        assertThat(Seniority.of(null)).isEqualTo(Seniority.WORKING);
    }

    @Test
    void aMeetingWeighsAsTheMostSeniorPersonMet() {
        assertThat(Seniority.ofMost(Arrays.asList("engineer", "Chairman", null))).isEqualTo(Seniority.LEADER);
        assertThat(Seniority.ofMost(Arrays.asList("engineer", "Director"))).isEqualTo(Seniority.HEAD);
        assertThat(Seniority.ofMost(java.util.List.of())).isEqualTo(Seniority.WORKING);
    }
}
