/**
 * Cross-cutting pieces every module uses: settings, the clock, errors as problem details,
 * optimistic-locking helpers and the demo-data extension point.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.liaison.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
