package org.liaison.access;

import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a given viewer, for background jobs, listeners and scheduled tasks, which have no
 * request and so no signed-in user: inside, {@link CurrentViewer#get()} returns that viewer and
 * method security sees its roles. The previous security context is restored afterwards.
 * <pre>{@code
 * ViewerContext.run(userAccounts.viewerOf(userId), () -> service.doWork());
 * var result = ViewerContext.call(Viewer.system("reminders"), () -> service.dueReminders());
 * }</pre>
 * Work handed to other threads keeps the viewer when the executor is wrapped in Spring
 * Security's {@code DelegatingSecurityContextExecutor}.
 */
public final class ViewerContext {

    private ViewerContext() {}

    public static void run(Viewer viewer, Runnable work) {
        call(viewer, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Viewer viewer, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ViewerAuthentication(viewer));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** An authentication that carries a viewer, for work done on its behalf. */
    static final class ViewerAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;

        private final transient Principal principal;

        ViewerAuthentication(Viewer viewer) {
            super(viewer.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            this.principal = new Principal(viewer);
            setAuthenticated(!viewer.isAnonymous());
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.viewer().username();
        }

        private record Principal(Viewer viewer) implements ViewerPrincipal {}
    }
}
