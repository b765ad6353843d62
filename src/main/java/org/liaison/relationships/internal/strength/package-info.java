/** The strength score of a relationship, computed from its interactions and agreements, with its reasons. */
@NullMarked
package org.liaison.relationships.internal.strength;

import org.jspecify.annotations.NullMarked;
