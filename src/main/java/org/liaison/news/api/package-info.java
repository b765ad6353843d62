/** The news' REST API: items (CRUD, publish, schedule, withdraw) and topics. */
@NullMarked
package org.liaison.news.api;

import org.jspecify.annotations.NullMarked;
