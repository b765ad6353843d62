package org.liaison.shared;

/**
 * How a module's recorded values read in history panels and the audit log: the values of a field
 * (an enum's constant names, one or several joined by "; ") are the messages {@code keyPrefix +
 * value}. Each module contributes beans of this type for its coded fields; a value no message
 * names stays as recorded.
 *
 * @param field     the recorded field (the audited column), e.g. {@code kind}
 * @param keyPrefix the message keys of its values, e.g. {@code directory.kind.}
 */
public record HistoryVocabulary(String field, String keyPrefix) {
}
