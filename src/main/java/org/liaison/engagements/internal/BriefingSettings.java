package org.liaison.engagements.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of briefing packs.
 *
 * @param fonts TrueType font files (.ttf; not CFF/OpenType collections) embedded in briefing PDFs, in
 *              order of preference: a character missing from one is taken from the next. The
 *              defaults are Debian's fonts-dejavu-core (Latin, Cyrillic) and fonts-droid-fallback
 *              (Chinese, Japanese, Korean). A missing file is logged at startup; its script's
 *              characters are then missing from the PDFs.
 */
@ConfigurationProperties("liaison.engagements.briefing")
public record BriefingSettings(
        @DefaultValue({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"}) List<String> fonts) {

    public BriefingSettings {
        fonts = List.copyOf(fonts);
    }
}
