/** Joint investment funds: sponsors and commitments in several currencies, the deal pipeline, the committee's votes, an exact append-only ledger and portfolio figures; confidential to the committee and the fund's managers. */
@NullMarked
package org.liaison.fund;

import org.jspecify.annotations.NullMarked;
