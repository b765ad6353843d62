/** Forum: brokerage events at a forum engagement, where participants request B2B meetings that the scheduler places in slots and at tables. */
@NullMarked
package org.liaison.forum;

import org.jspecify.annotations.NullMarked;
