package org.liaison.ingest.extraction;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts found in one article, in the shape of the extraction contract
 * ({@code shared/contracts/extraction.md}); every fact keeps the offsets of the sentence it came from.
 */
public record Extraction(List<Organization> organizations, List<Person> people, List<Event> events,
        List<Agreement> agreements, List<Fund> funds, List<Intent> intents) {

    /** An organization: fullest name, the surface first seen, other forms, and a directory match when found. */
    public record Organization(String name, String surface, List<String> aliases, String kind,
            @Nullable String country, @Nullable String directoryId, double confidence, List<Span> mentions,
            List<Span> sentences) {
    }

    public record Person(String name, @Nullable String role, @Nullable String organization,
            @Nullable String directoryId, double confidence, List<Span> mentions, List<Span> sentences) {
    }

    public record Event(String kind, @Nullable String name, @Nullable String dateText, @Nullable String date,
            @Nullable String place, List<String> participants, boolean planned, Span sentence) {
    }

    public record Agreement(String kind, List<String> parties, @Nullable String dateText, @Nullable String date,
            String status, Span sentence) {
    }

    public record Fund(String name, List<String> sponsors, String status, @Nullable String purpose,
            @Nullable String amount, Span sentence) {
    }

    public record Intent(List<String> actors, String kind, List<String> targets, Span sentence) {
    }

    public int size() {
        return organizations.size() + people.size() + events.size() + agreements.size() + funds.size()
                + intents.size();
    }
}
