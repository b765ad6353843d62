package org.liaison.ingest.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Date expressions in a sentence ("last week", "last month", "April 26", "on Monday",
 * "14 June 2013", "in March"), resolved against the publication date as precisely as the text
 * allows: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. Without a publication date only
 * expressions that carry their year resolve.
 */
final class DateResolver {

    record Found(String text, Span span, @Nullable String value) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final List<Rule> RULES = List.of(
            new Rule("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", (m, p, f) -> safeDate(i(m, 1), i(m, 2), i(m, 3))),
            new Rule("\\b[Ff]rom (\\d{1,2})(?:st|nd|rd|th)? (?:to|-|–) \\d{1,2}(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?",
                    (m, p, f) -> dayMonth(i(m, 1), month(m.group(2)), m.group(3), p, f)),
            new Rule("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b(?![\\d.,]*\\s*(?:percent|%|million|billion))",
                    (m, p, f) -> dayMonth(i(m, 2), month(m.group(1)), m.group(3), p, f)),
            new Rule("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH + "(?:,? (\\d{4}))?\\b",
                    (m, p, f) -> dayMonth(i(m, 1), month(m.group(2)), m.group(3), p, f)),
            new Rule("\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|mid-|end of|beginning of) " + MONTH + "(?: (\\d{4}))?\\b",
                    (m, p, f) -> monthOnly(month(m.group(1)), m.group(2), p, f)),
            new Rule("\\b" + MONTH + " (\\d{4})\\b", (m, p, f) -> YearMonth.of(i(m, 2), month(m.group(1))).toString()),
            new Rule("\\b(?:in|since|by|until|during) (\\d{4})\\b", (m, p, f) -> m.group(1)),
            new Rule("\\b(last|next|this|past|coming) (week|month|year)\\b", DateResolver::relative),
            new Rule("\\b(yesterday|today|tomorrow)\\b", DateResolver::day),
            new Rule("\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n|on last) )?" + WEEKDAY + "\\b", DateResolver::weekday));

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|to be held|plans? to|planned|expected to|is to|are to|next|upcoming|intends? to|scheduled)\\b",
            Pattern.CASE_INSENSITIVE);

    private DateResolver() {
    }

    static boolean future(String sentence) {
        return FUTURE.matcher(sentence).find();
    }

    /** The date expressions of a sentence, left to right, without overlaps. */
    static List<Found> find(String text, Span sentence, @Nullable LocalDate published) {
        String s = sentence.of(text);
        boolean future = future(s);
        var found = new ArrayList<Found>();
        for (var rule : RULES) {
            Matcher m = rule.pattern.matcher(s);
            while (m.find()) {
                var span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
                    continue;
                }
                String value;
                try {
                    value = rule.resolver.resolve(m, published, future);
                } catch (RuntimeException e) {
                    value = null;
                }
                found.add(new Found(m.group(), span, value));
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private interface Resolver {
        @Nullable String resolve(Matcher m, @Nullable LocalDate published, boolean future);
    }

    private record Rule(Pattern pattern, Resolver resolver) {
        Rule(String regex, Resolver resolver) {
            this(Pattern.compile(regex, regex.contains("January") || regex.contains("Monday") ? 0 : Pattern.CASE_INSENSITIVE),
                    resolver);
        }
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static @Nullable String safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, d).toString();
    }

    private static @Nullable String dayMonth(int day, int month, @Nullable String year, @Nullable LocalDate p, boolean future) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day).toString();
        }
        if (p == null) {
            return null;
        }
        var candidate = LocalDate.of(p.getYear(), month, day);
        if (!future && candidate.isAfter(p.plusDays(7))) {
            candidate = candidate.minusYears(1);
        } else if (future && candidate.isBefore(p.minusDays(7))) {
            candidate = candidate.plusYears(1);
        }
        return candidate.toString();
    }

    private static @Nullable String monthOnly(int month, @Nullable String year, @Nullable LocalDate p, boolean future) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month).toString();
        }
        if (p == null) {
            return null;
        }
        int y = p.getYear();
        if (month > p.getMonthValue() && !future) {
            y--;
        } else if (month < p.getMonthValue() && future) {
            y++;
        }
        return YearMonth.of(y, month).toString();
    }

    private static @Nullable String relative(Matcher m, @Nullable LocalDate p, boolean future) {
        if (p == null) {
            return null;
        }
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int step = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            // a calendar week, dated by its Monday: "last week" on Friday 9 February is the week of 29 January
            case "week" -> YearMonth.from(p.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .toString();
            case "month" -> YearMonth.from(p.plusMonths(step)).toString();
            default -> String.valueOf(p.getYear() + step);
        };
    }

    private static @Nullable String day(Matcher m, @Nullable LocalDate p, boolean future) {
        if (p == null) {
            return null;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> p.minusDays(1).toString();
            case "tomorrow" -> p.plusDays(1).toString();
            default -> p.toString();
        };
    }

    private static @Nullable String weekday(Matcher m, @Nullable LocalDate p, boolean future) {
        if (p == null) {
            return null;
        }
        var day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean forward = which.equals("next") || (future && !which.contains("last"));
        return (forward ? p.with(TemporalAdjusters.next(day)) : p.with(TemporalAdjusters.previous(day))).toString();
    }
}
