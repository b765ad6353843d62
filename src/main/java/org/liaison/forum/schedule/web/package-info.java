/** The scheduler's synchronous API for cooperation managers and administrators. */
@NullMarked
package org.liaison.forum.schedule.web;

import org.jspecify.annotations.NullMarked;
