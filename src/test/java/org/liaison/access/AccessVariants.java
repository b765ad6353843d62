package org.liaison.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records with every kind of access, named, for the tests that check a translation of the read
 * rule (SQL, index) against {@link ReadScope#permits}: two partner organizations and the hub.
 */
final class AccessVariants {

    private AccessVariants() {}

    static Map<String, AccessControl> of(UUID p1, UUID p2, UUID hub) {
        var records = new LinkedHashMap<String, AccessControl>();
        records.put("internal-owned-by-p1", AccessControl.internal(p1));
        records.put("internal-of-the-hub", AccessControl.internal(hub));
        records.put("internal-without-owner", AccessControl.internal(null));
        records.put("shared-with-p1", AccessControl.shared(hub, Set.of(p1)));
        records.put("shared-with-p2", AccessControl.shared(hub, Set.of(p2)));
        records.put("shared-with-p1-and-p2", AccessControl.shared(p2, Set.of(p1, p2)));
        records.put("shared-with-nobody", AccessControl.shared(hub, Set.of()));
        records.put("confidential-committee", AccessControl.confidential(hub, "committee"));
        records.put("confidential-board-owned-by-p1", AccessControl.confidential(p1, "board"));
        return records;
    }
}
