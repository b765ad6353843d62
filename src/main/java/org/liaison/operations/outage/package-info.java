/**
 * Database outages: a probe that knows whether the database answers, and a filter that, while it
 * does not, serves the public news pages and feeds from their last rendered copies, answers
 * other pages with a 503 page in the visitor's language and the API with a 503 problem detail.
 */
@NullMarked
package org.liaison.operations.outage;

import org.jspecify.annotations.NullMarked;
