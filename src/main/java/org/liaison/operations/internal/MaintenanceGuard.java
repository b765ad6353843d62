package org.liaison.operations.internal;

import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses every write while maintenance is on, knowing nothing of the modules: any request whose
 * method is not safe (POST, PUT, PATCH, DELETE) reaching a Spring MVC handler is refused unless
 * the handler carries {@link AllowedDuringMaintenance}. It runs after Spring Security, so the
 * sign-in and sign-out (handled by the security filters, never by a controller) keep working, and
 * an anonymous write still answers 401 first. The error page of a refused write (an error
 * dispatch) keeps its own status.
 */
@Configuration(proxyBeanMethods = false)
class MaintenanceGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final MaintenanceSwitch maintenance;

    MaintenanceGuard(MaintenanceSwitch maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getDispatcherType() == DispatcherType.ERROR
                || allowed(handler) || !maintenance.active()) {
            return true;
        }
        throw new MaintenanceRefusal(maintenance.retryAfterSeconds());
    }

    static boolean allowed(Object handler) {
        return handler instanceof HandlerMethod method
                && (method.hasMethodAnnotation(AllowedDuringMaintenance.class)
                        || method.getBeanType().isAnnotationPresent(AllowedDuringMaintenance.class));
    }
}
