package org.liaison.operations.backup;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application starts as the backup or restore command, it listens on no fixed port and has no
 * demo data or scheduled jobs, whatever the configuration says.
 */
public class CommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("liaison.operations.backup") || environment.containsProperty("liaison.operations.restore")) {
            environment.getPropertySources().addFirst(new MapPropertySource("liaisonBackupCommand", Map.of(
                    "server.port", "0", // the security configuration needs the servlet stack; no fixed port
                    "liaison.demo.enabled", "false",
                    "liaison.scheduling.enabled", "false")));
        }
    }
}
