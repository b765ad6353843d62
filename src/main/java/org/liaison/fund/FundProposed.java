package org.liaison.fund;

/** Published when a fund was proposed. */
public record FundProposed(FundId fund, String name) {
}
