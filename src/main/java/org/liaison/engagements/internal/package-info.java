/** The engagements' entities, repositories, rules, calendar feed and demo data. */
@NullMarked
package org.liaison.engagements.internal;

import org.jspecify.annotations.NullMarked;
