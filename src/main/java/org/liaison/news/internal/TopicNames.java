package org.liaison.news.internal;

import org.liaison.shared.RuleViolationException;

/** A topic's name in English, Russian, Chinese and Japanese; each required. */
public record TopicNames(String en, String ru, String zh, String ja) {

    public TopicNames {
        en = required(en);
        ru = required(ru);
        zh = required(zh);
        ja = required(ja);
    }

    public static TopicNames same(String name) {
        return new TopicNames(name, name, name, name);
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("news-topic-name-required", "A topic needs a name in each of the four languages");
        }
        return name.strip();
    }
}
