/** Search of the directory across scripts and spellings, on a Lucene index. */
@NullMarked
package org.liaison.directory.search;

import org.jspecify.annotations.NullMarked;
