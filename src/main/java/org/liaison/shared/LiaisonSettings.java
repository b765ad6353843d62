package org.liaison.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Instance-wide settings.
 *
 * @param dataDir the folder holding all state of an embedded instance (database, index, documents)
 * @param homeHub the organization that operates this instance
 * @param demo    whether the reference story is loaded into an empty database
 */
@ConfigurationProperties("liaison")
public record LiaisonSettings(Path dataDir, HomeHub homeHub, Demo demo) {

    public LiaisonSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        homeHub = homeHub == null ? new HomeHub("Skolkovo Foundation") : homeHub;
        demo = demo == null ? new Demo(true) : demo;
    }

    /** @param name the primary name of the home hub organization in the directory */
    public record HomeHub(String name) {}

    /** @param enabled load the reference story on first start of an empty database */
    public record Demo(boolean enabled) {}
}
