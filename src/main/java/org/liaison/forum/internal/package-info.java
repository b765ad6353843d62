@NullMarked
package org.liaison.forum.internal;

import org.jspecify.annotations.NullMarked;
