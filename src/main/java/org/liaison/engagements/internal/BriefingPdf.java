package org.liaison.engagements.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a briefing pack as PDF from the same Thymeleaf fragment as its page
 * ({@code engagements/briefing :: pack}, in {@code engagements/briefing-pdf}), with the configured
 * TrueType fonts embedded (subsets), so Cyrillic, Chinese and Japanese names keep their glyphs.
 */
@Component
public class BriefingPdf {

    static final String TEMPLATE = "engagements/briefing-pdf";
    private static final Logger log = LoggerFactory.getLogger(BriefingPdf.class);

    /** A font file with the family, weight and style read from its naming table. */
    record FontFile(File file, String family, int weight, FontStyle style) {}

    private final ITemplateEngine templates;
    private final List<FontFile> fonts;

    BriefingPdf(ITemplateEngine templates, BriefingSettings settings) {
        this.templates = templates;
        this.fonts = load(settings.fonts());
        // The renderer logs every page it lays out at INFO on its own console handler: keep its warnings only.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    /** The fonts found, in order of preference. */
    List<FontFile> fonts() {
        return fonts;
    }

    /** The pack as a PDF document in {@code locale}. */
    public byte[] render(BriefingPack pack, Locale locale) {
        var context = new Context(locale, Map.of("pack", pack, "fontFamily", fontFamily(), "lang", locale.toLanguageTag()));
        String html = templates.process(TEMPLATE, context);
        var document = W3CDom.convert(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (var font : fonts) {
            builder.useFont(font.file(), font.family(), font.weight(), font.style(), true);
        }
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the briefing PDF", e);
        }
        return out.toByteArray();
    }

    /** A download's file name after the engagement: "briefing-viktor-vekselberg-s-visit-to-tokyo.pdf". */
    public static String fileName(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "briefing" + (slug.isEmpty() ? "" : "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug)) + ".pdf";
    }

    /** The CSS font-family list: the configured families in order, then a generic family. */
    String fontFamily() {
        var families = new LinkedHashSet<String>();
        fonts.forEach(f -> families.add("'" + f.family().replace("'", "") + "'"));
        families.add("sans-serif");
        return families.stream().collect(Collectors.joining(", "));
    }

    static List<FontFile> load(List<String> paths) {
        var found = new ArrayList<FontFile>();
        for (String path : paths) {
            var file = new File(path);
            if (!file.isFile()) {
                log.warn("Briefing PDF font missing: {} (set liaison.engagements.briefing.fonts, or install the font: "
                        + "fonts-dejavu-core for Latin and Cyrillic, fonts-droid-fallback for Chinese and Japanese); "
                        + "characters only it covers will be missing from briefing PDFs", path);
                continue;
            }
            try (var ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
                var naming = ttf.getNaming();
                String family = naming == null || naming.getFontFamily() == null ? file.getName() : naming.getFontFamily();
                String sub = naming == null || naming.getFontSubFamily() == null ? "" : naming.getFontSubFamily().toLowerCase(Locale.ROOT);
                var style = sub.contains("italic") ? FontStyle.ITALIC : sub.contains("oblique") ? FontStyle.OBLIQUE : FontStyle.NORMAL;
                found.add(new FontFile(file, family, sub.contains("bold") ? 700 : 400, style));
                log.info("Briefing PDF font: {} ({}, {})", path, family, sub.isEmpty() ? "regular" : sub);
            } catch (IOException | RuntimeException e) {
                log.warn("Briefing PDF font unreadable, not a TrueType font: {} ({}); characters only it covers will be "
                        + "missing from briefing PDFs", path, e.toString());
            }
        }
        if (found.isEmpty()) {
            log.warn("No briefing PDF font found: PDFs fall back to the PDF standard fonts, which have no Cyrillic, "
                    + "Chinese or Japanese glyphs");
        }
        return List.copyOf(found);
    }
}
