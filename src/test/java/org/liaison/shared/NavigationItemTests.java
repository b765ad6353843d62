package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NavigationItemTests {

    @Test
    void aLinkForAuthoritiesShowsOnlyToUsersHoldingOneOfThem() {
        var item = NavigationItem.forAuthorities(100, "directory.nav", "/directory",
                List.of("ROLE_ADMINISTRATOR", "ROLE_PARTNER"));

        assertThat(item.isVisibleTo(Set.of("ROLE_PARTNER"))).isTrue();
        assertThat(item.isVisibleTo(Set.of("ROLE_COMMITTEE_MEMBER"))).isFalse();
        assertThat(item.isVisibleTo(Set.of())).isFalse();
    }

    @Test
    void aLinkForEveryoneShowsToAnonymousVisitorsToo() {
        assertThat(NavigationItem.forEveryone(500, "news.nav", "/news").isVisibleTo(Set.of())).isTrue();
    }

    @Test
    void isCurrentOnItsPathAndBelowItButNotOnSiblings() {
        var item = NavigationItem.forEveryone(100, "directory.nav", "/directory");

        assertThat(item.isCurrent("/directory")).isTrue();
        assertThat(item.isCurrent("/directory/organizations/42")).isTrue();
        assertThat(item.isCurrent("/directory-export")).isFalse();
        assertThat(NavigationItem.forEveryone(1, "home", "/").isCurrent("/directory")).isFalse();
    }

    @Test
    void refusesRelativePathsAndEmptyAuthorityLists() {
        assertThatIllegalArgumentException().isThrownBy(() -> NavigationItem.forEveryone(1, "x", "directory"));
        assertThatIllegalArgumentException().isThrownBy(() -> NavigationItem.forAuthorities(1, "x", "/x", List.of()));
    }
}
