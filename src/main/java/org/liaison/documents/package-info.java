/**
 * Documents: a versioned store of files (agreement texts, deal papers, uploads) whose type is
 * detected from their content, kept content-addressed under the data folder so backups cover them.
 */
@NullMarked
package org.liaison.documents;

import org.jspecify.annotations.NullMarked;
