/** The agreements' entities, lifecycle rules, reminders, demo data and facade implementation. */
@NullMarked
package org.liaison.agreements.internal;

import org.jspecify.annotations.NullMarked;
