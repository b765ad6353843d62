/**
 * The engagements' pages: the filtered list, an engagement with its meetings and follow-ups, the
 * form that logs and edits engagements, the briefing pack (page and PDF) and each user's tasks.
 */
@NullMarked
package org.liaison.engagements.web;

import org.jspecify.annotations.NullMarked;
