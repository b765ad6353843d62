package org.liaison.operations.internal;

import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.liaison.shared.MaintenanceMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled jobs pause during maintenance without each module knowing: every job holds a ShedLock
 * lock ({@code @SchedulerLock}), and while maintenance is on the lock is simply not granted, so
 * the job is skipped as if another node ran it. Jobs that change data some other way ask
 * {@link MaintenanceMode#active()} themselves.
 */
@Configuration(proxyBeanMethods = false)
class MaintenancePausesJobs {

    @Bean
    static BeanPostProcessor maintenancePausesLocks(ObjectProvider<MaintenanceMode> maintenance) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof LockProvider provider ? new Paused(provider, maintenance) : bean;
            }
        };
    }

    /** A lock provider that grants no lock while maintenance is on. */
    record Paused(LockProvider delegate, ObjectProvider<MaintenanceMode> maintenance) implements LockProvider {

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            if (maintenance.getObject().active()) {
                return Optional.empty();
            }
            return delegate.lock(configuration);
        }
    }
}
