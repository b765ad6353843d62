/** Users, tokens and the security configuration behind the access module's API. */
@NullMarked
package org.liaison.access.internal;

import org.jspecify.annotations.NullMarked;
