/** The import pages, the imports API and the progress stream (server-sent events). */
@NullMarked
package org.liaison.operations.imports.web;

import org.jspecify.annotations.NullMarked;
