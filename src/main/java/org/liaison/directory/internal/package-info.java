/** The directory's records, repositories and the service that keeps their rules. */
@NullMarked
package org.liaison.directory.internal;

import org.jspecify.annotations.NullMarked;
