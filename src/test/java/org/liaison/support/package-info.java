/** Test support shared by the modules' tests. */
@NullMarked
package org.liaison.support;

import org.jspecify.annotations.NullMarked;
