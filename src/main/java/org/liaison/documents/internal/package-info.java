/** The documents' metadata tables, content-addressed files and content-type detection. */
@NullMarked
package org.liaison.documents.internal;

import org.jspecify.annotations.NullMarked;
