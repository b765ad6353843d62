package org.liaison.forum.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.liaison.forum.internal.Views.AgendaView;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.TablePlanSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A participant's agenda as a printable PDF (from the page's own fragment, with TrueType fonts
 * embedded so Cyrillic, Chinese and Japanese names keep their glyphs) and as iCalendar, and the
 * organiser's table plan as a printable PDF (from its page's fragment), all in the forum's time zone.
 */
@Component
public class AgendaDocuments {

    private static final Logger log = LoggerFactory.getLogger(AgendaDocuments.class);
    private static final java.time.format.DateTimeFormatter ICS_LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    record FontFile(File file, String family, int weight, FontStyle style) {}

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final List<FontFile> fonts;

    AgendaDocuments(ITemplateEngine templates, MessageSource messages, ForumSettings settings) {
        this.templates = templates;
        this.messages = messages;
        this.fonts = load(settings.fonts());
    }

    public byte[] pdf(AgendaView agenda, Locale locale) {
        return render("forum/agenda-pdf", Map.of("agenda", agenda), locale);
    }

    /** The organiser's table plan per slot as a printable PDF, in the forum's time zone. */
    public byte[] tablePlanPdf(EventView event, List<TablePlanSlot> plan, Locale locale) {
        return render("forum/table-plan-pdf", Map.of("event", event, "plan", plan), locale);
    }

    private byte[] render(String template, Map<String, Object> variables, Locale locale) {
        var families = new LinkedHashSet<String>();
        fonts.forEach(f -> families.add("'" + f.family().replace("'", "") + "'"));
        families.add("sans-serif");
        var all = new java.util.HashMap<String, Object>(variables);
        all.put("fontFamily", String.join(", ", families));
        all.put("lang", locale.toLanguageTag());
        String html = templates.process(template, new Context(locale, all));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (var font : fonts) {
            builder.useFont(font.file(), font.family(), font.weight(), font.style(), true);
        }
        builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        }
        return out.toByteArray();
    }

    public String ics(AgendaView agenda, Locale locale) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Liaison//Forum agenda 1.0//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // Start and end are the slot's wall-clock time with the forum's TZID, written as text: ical4j converts a
        // ZonedDateTime through its own rules for the TZID, which put a 10:00 slot in Moscow in 2012 at 09:00
        // and one in New York on the day before a daylight-saving change at 11:00 (AgendaDocumentsTests).
        var tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(agenda.timeZone());
        if (tz != null) {
            calendar.add(tz.getVTimeZone());
        }
        var tzid = new ParameterList(List.of(new TzId(agenda.timeZone())));
        for (var entry : agenda.entries()) {
            String with = entry.with().stream().map(w -> w.personName() + " (" + w.organizationName() + ")")
                    .collect(Collectors.joining(", "));
            String summary = messages.getMessage("forum.ics.summary", new Object[] {with}, locale);
            VEvent event;
            if (tz != null) {
                event = new VEvent();
                event.add(new DtStart<>(tzid, ICS_LOCAL.format(entry.slot().localStart())));
                event.add(new DtEnd<>(tzid, ICS_LOCAL.format(entry.slot().localEnd())));
                event.add(new Summary(summary));
            } else { // a zone ical4j does not describe: the instants in UTC
                event = new VEvent(entry.slot().startsAt(), entry.slot().localEnd().atZone(ZoneId.of(agenda.timeZone()))
                        .toInstant(), summary);
            }
            event.add(new Uid("forum-meeting-" + entry.meetingId() + "-" + agenda.participant().id() + "@liaison"));
            event.add(new Location(messages.getMessage("forum.ics.location",
                    new Object[] {entry.table(), agenda.eventTitle()}, locale)));
            if (entry.note() != null) {
                event.add(new Description(entry.note()));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the agenda calendar", e);
        }
        return out.toString();
    }

    /** A download's file name: "agenda-<person>.pdf" in ASCII. */
    public static String fileName(String person, String extension) {
        String slug = java.text.Normalizer.normalize(person, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "agenda" + (slug.isEmpty() ? "" : "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug)) + "." + extension;
    }

    static List<FontFile> load(List<String> paths) {
        var found = new ArrayList<FontFile>();
        for (String path : paths) {
            var file = new File(path);
            if (!file.isFile()) {
                log.warn("Agenda PDF font missing: {}; characters only it covers will be missing from agenda PDFs", path);
                continue;
            }
            try (var ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
                var naming = ttf.getNaming();
                String family = naming == null || naming.getFontFamily() == null ? file.getName() : naming.getFontFamily();
                String sub = naming == null || naming.getFontSubFamily() == null ? "" : naming.getFontSubFamily().toLowerCase(Locale.ROOT);
                found.add(new FontFile(file, family, sub.contains("bold") ? 700 : 400, FontStyle.NORMAL));
            } catch (IOException | RuntimeException e) {
                log.warn("Agenda PDF font unreadable: {} ({})", path, e.toString());
            }
        }
        return List.copyOf(found);
    }
}
