/** The review queue's pages, the navigation link and the provenance panel of the organization page. */
@NullMarked
package org.liaison.ingest.web;

import org.jspecify.annotations.NullMarked;
