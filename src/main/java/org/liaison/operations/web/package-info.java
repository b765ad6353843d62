/** Operations pages and API for administrators. */
@NullMarked
package org.liaison.operations.web;

import org.jspecify.annotations.NullMarked;
