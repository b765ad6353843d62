package org.liaison.agreements.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminderDays how many days before a milestone or an expiry the reminder goes out (default 14)
 * @param reminderTo   the addresses reminders go to (e.g. the cooperation team's mailbox); none sends nothing
 */
@ConfigurationProperties("liaison.agreements")
public record AgreementSettings(@Nullable Integer reminderDays, @Nullable List<String> reminderTo) {

    public int days() {
        return reminderDays == null ? 14 : reminderDays;
    }

    public List<String> recipients() {
        return reminderTo == null ? List.of() : reminderTo.stream().filter(s -> !s.isBlank()).toList();
    }
}
