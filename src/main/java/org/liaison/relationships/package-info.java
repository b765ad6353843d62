/**
 * The hub's relationship with each partner organization: its stage in the pipeline, owner, next
 * step and history, its strength, the introduction paths to it, and the coverage per country.
 */
@NullMarked
package org.liaison.relationships;

import org.jspecify.annotations.NullMarked;
