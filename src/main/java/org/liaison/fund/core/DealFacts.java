package org.liaison.fund.core;

import org.jspecify.annotations.Nullable;

/** What the portfolio groups a deal's money by: its country (ISO 3166) and its sector (its first technology area). */
public record DealFacts(@Nullable String country, @Nullable String sector) {
}
