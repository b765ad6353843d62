/**
 * Agreements: memoranda of understanding, cooperation agreements, licences, joint ventures,
 * investment agreements and NDAs, from draft to expiry, with their parties, milestones, reminders
 * and documents.
 */
@NullMarked
package org.liaison.agreements;

import org.jspecify.annotations.NullMarked;
