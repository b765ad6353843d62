package org.liaison.relationships.internal.paths;

/**
 * A known link between two parties (organizations or people), as the source states it:
 * {@code from} (label) {@code to}, e.g. "Toshiba MEMBER_OF Keidanren". Links are followed in both
 * directions; {@code id} tells apart several links between the same two parties.
 *
 * @param kind what the link is: {@code relation}, {@code affiliation} or {@code engagement}
 * @param label the type of the link: {@code MEMBER_OF}, a role such as {@code President}, ...
 */
public record Link(String id, String from, String to, String kind, String label) {}
