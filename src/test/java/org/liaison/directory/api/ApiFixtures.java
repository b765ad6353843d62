package org.liaison.directory.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the API tests, valid unless a test changes them. */
final class ApiFixtures {

    private ApiFixtures() {}

    /** A fresh name nobody else uses, so tests sharing a context find only their own records. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> name(String text, String lang, boolean primary) {
        var name = new LinkedHashMap<String, Object>();
        name.put("text", text);
        name.put("lang", lang);
        name.put("primary", primary);
        return name;
    }

    static Map<String, Object> organization(String kind, String country, Map<String, Object>... names) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("country", country);
        body.put("names", new ArrayList<>(List.of(names)));
        body.put("aliases", new ArrayList<>());
        return body;
    }

    /** An English-named university in Japan. */
    static Map<String, Object> organization(String englishName) {
        return organization("university", "JP", name(englishName, "en", true));
    }

    static Map<String, Object> person(String text, String lang) {
        var body = new LinkedHashMap<String, Object>();
        body.put("names", List.of(name(text, lang, true)));
        body.put("description", "A person of the API tests");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
