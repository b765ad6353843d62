package org.liaison.forum.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the forum module.
 *
 * @param fonts TrueType fonts embedded in agenda PDFs, in order of preference (as for briefing packs)
 * @param demoSeconds how long the demo loader lets the scheduler run on first start
 */
@ConfigurationProperties("liaison.forum")
public record ForumSettings(
        @DefaultValue({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) List<String> fonts,
        @DefaultValue("3") int demoSeconds) {

    public ForumSettings {
        fonts = List.copyOf(fonts);
    }
}
