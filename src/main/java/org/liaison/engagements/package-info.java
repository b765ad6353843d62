/** Engagements: forums, conferences, visits, delegations, meetings and calls with partners, their participants, outcomes and follow-up tasks. */
@NullMarked
package org.liaison.engagements;

import org.jspecify.annotations.NullMarked;
