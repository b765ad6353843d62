package org.liaison.support;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context on PostgreSQL its own schema, fixed once per context, so test
 * classes never see each other's rows (a {@code ${random}} placeholder would change per lookup).
 */
public class PostgresTestSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var schema = "t_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("liaisonTestSchema", Map.of("liaison.test.schema", schema)));
    }
}
