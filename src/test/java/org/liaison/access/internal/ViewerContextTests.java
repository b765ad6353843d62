package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.access.ReadScope;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.springframework.security.core.context.SecurityContextHolder;

class ViewerContextTests {

    final SecurityContextViewer current = new SecurityContextViewer();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aJobWithoutAViewerIsAnonymous() {
        assertThat(current.get()).isEqualTo(Viewer.ANONYMOUS);
        assertThat(current.get().readScope().kind()).isEqualTo(ReadScope.Kind.NONE);
    }

    @Test
    void runsWorkAsTheGivenViewerAndRestoresTheContextAfterwards() {
        var torch = UUID.randomUUID();
        var partner = new Viewer(UUID.randomUUID(), "partner", Set.of(Role.PARTNER), torch, Set.of());
        var seen = ViewerContext.call(partner, current::get);
        assertThat(seen).isEqualTo(partner);
        assertThat(ViewerContext.call(partner, () -> current.get().readScope())).isEqualTo(ReadScope.partner(torch));
        assertThat(current.get()).isEqualTo(Viewer.ANONYMOUS);
    }

    @Test
    void restoresTheContextWhenTheWorkFails() {
        assertThatThrownBy(() -> ViewerContext.run(Viewer.system("test"), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(current.get()).isEqualTo(Viewer.ANONYMOUS);
    }

    @Test
    void theSystemViewerSeesEverything() {
        assertThat(ViewerContext.call(Viewer.system("reminders"), () -> current.get().readScope()))
                .isEqualTo(ReadScope.everything());
    }
}
