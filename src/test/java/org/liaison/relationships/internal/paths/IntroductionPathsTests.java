package org.liaison.relationships.internal.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class IntroductionPathsTests {

    static Link link(String id, String from, String label, String to) {
        return new Link(id, from, to, "relation", label);
    }

    // hub -(meeting)- keidanren -(member)- toshiba; hub - tsinghua - torch; a longer way to toshiba via nec
    final List<Link> links = List.of(
            new Link("e1", "hub", "keidanren", "engagement", "MEETING"),
            link("r1", "toshiba", "MEMBER_OF", "keidanren"),
            link("r2", "nec", "MEMBER_OF", "keidanren"),
            link("r3", "torch", "PART_OF", "tsinghua"),
            link("r4", "hub", "PARTNER_OF", "torch"),
            link("r5", "nec", "PARTNER_OF", "tsinghua"),
            link("r6", "lonely", "MEMBER_OF", "nowhere"));

    @Test
    void findsTheShortestChainWithTheLinkBehindEachStep() {
        var chains = IntroductionPaths.shortest(links, "hub", "toshiba", 1);
        assertThat(chains).hasSize(1);
        var steps = chains.getFirst().steps();
        assertThat(steps).extracting(Step::from, Step::to).containsExactly(
                org.assertj.core.api.Assertions.tuple("hub", "keidanren"),
                org.assertj.core.api.Assertions.tuple("keidanren", "toshiba"));
        // the link keeps its own direction: Toshiba MEMBER_OF Keidanren, walked backwards
        assertThat(steps.get(1).link()).isEqualTo(links.get(1));
    }

    @Test
    void givesTheKShortestChainsShortestFirst() {
        var chains = IntroductionPaths.shortest(links, "hub", "toshiba", 3);
        assertThat(chains).extracting(Chain::length).containsExactly(2, 5);
        assertThat(chains.get(1).steps()).extracting(s -> s.link().id()).containsExactly("r4", "r3", "r5", "r2", "r1");
    }

    @Test
    void keepsParallelLinksApart() {
        var parallel = List.of(link("a", "hub", "MEMBER_OF", "x"), link("b", "x", "PARTNER_OF", "hub"),
                link("c", "x", "MEMBER_OF", "y"));
        var chains = IntroductionPaths.shortest(parallel, "hub", "y", 5);
        assertThat(chains).hasSize(2).allSatisfy(c -> assertThat(c.length()).isEqualTo(2));
    }

    @Test
    void noChainToAnUnlinkedOrUnknownTargetNorToItself() {
        assertThat(IntroductionPaths.shortest(links, "hub", "lonely", 3)).isEmpty();
        assertThat(IntroductionPaths.shortest(links, "hub", "unknown", 3)).isEmpty();
        assertThat(IntroductionPaths.shortest(links, "hub", "hub", 3)).isEmpty();
        assertThat(IntroductionPaths.shortest(List.of(), "hub", "toshiba", 3)).isEmpty();
    }

    @Test
    void refusesANonPositiveK() {
        assertThatThrownBy(() -> IntroductionPaths.shortest(links, "hub", "toshiba", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
