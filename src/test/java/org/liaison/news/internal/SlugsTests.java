package org.liaison.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.of("Skolkovo to develop cooperation with China and Japan"))
                .isEqualTo("skolkovo-to-develop-cooperation-with-china-and-japan");
        assertThat(Slugs.of("Regions & cities")).isEqualTo("regions-cities");
        assertThat(Slugs.of("  Z-Park: ‘Zhongguancun’!  ")).isEqualTo("z-park-zhongguancun");
    }

    @Test
    void dropsLatinAccentsAndKeepsOtherScripts() {
        assertThat(Slugs.of("Coopération à Zürich")).isEqualTo("cooperation-a-zurich");
        assertThat(Slugs.of("Фонд «Сколково»")).isEqualTo("фонд-сколково");
        assertThat(Slugs.of("清华大学 科技园")).isEqualTo("清华大学-科技园");
    }

    @Test
    void givesATakenSlugTheFirstFreeSuffix() {
        var taken = Set.of("news", "news-2");
        assertThat(Slugs.unique("News", taken::contains)).isEqualTo("news-3");
        assertThat(Slugs.unique("Other", taken::contains)).isEqualTo("other");
    }

    @Test
    void staysShortAndNeverEmpty() {
        assertThat(Slugs.of("a".repeat(300))).hasSize(Slugs.MAX);
        assertThat(Slugs.of("!!! ???")).isEqualTo("item");
        assertThat(Slugs.isValid("regions-and-cities")).isTrue();
        assertThat(Slugs.isValid("Regions and cities")).isFalse();
    }
}
