/** The relationships' entities, repositories, facade, listeners and demo data. */
@NullMarked
package org.liaison.relationships.internal;

import org.jspecify.annotations.NullMarked;
