@NullMarked
package org.liaison.forum.api;

import org.jspecify.annotations.NullMarked;
