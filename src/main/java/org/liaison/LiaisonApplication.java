package org.liaison;

import org.liaison.forum.ScheduleCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liaison: the system of record and engine of an innovation hub's international cooperation.
 * Each top-level package is one business module (see README's "where is what").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LiaisonApplication {

    public static void main(String[] args) {
        if (ScheduleCommandLine.wanted(args)) { ScheduleCommandLine.run(args); return; } // without Spring, see the forum's contract
        SpringApplication.run(LiaisonApplication.class, args);
    }
}
