/** The news items and topics, their rules (status, sanitizing, slugs), publication, subscriptions and digests. */
@NullMarked
package org.liaison.news.internal;

import org.jspecify.annotations.NullMarked;
