package org.liaison.relationships.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;

/**
 * The hub's relationships in one country: how many per stage and per kind of organization.
 * {@code prospectsWithoutPartner} marks a country with prospects but no active partner (no
 * relationship at AGREEMENT or ACTIVE): "no Japanese companies so far".
 *
 * @param country ISO 3166 alpha-2 code, null for organizations without a country
 */
public record CountryCoverage(@Nullable String country, int total, Map<Stage, Integer> byStage,
        Map<OrganizationKind, Integer> byKind, boolean prospectsWithoutPartner) {}
