/** Introduction paths: the shortest chains of known links from the hub to an organization. */
@NullMarked
package org.liaison.relationships.internal.paths;

import org.jspecify.annotations.NullMarked;
