/** Where documents come from: the main content of web pages, the text of uploaded files, fetching URLs and feeds. */
@NullMarked
package org.liaison.ingest.sources;

import org.jspecify.annotations.NullMarked;
