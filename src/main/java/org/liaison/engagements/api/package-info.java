/** The engagements' REST API under /api/v1 and the public iCalendar feed. */
@NullMarked
package org.liaison.engagements.api;

import org.jspecify.annotations.NullMarked;
