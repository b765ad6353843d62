/** The agreements' REST API under /api/v1/agreements and the iCalendar of milestones and expiries. */
@NullMarked
package org.liaison.agreements.api;

import org.jspecify.annotations.NullMarked;
