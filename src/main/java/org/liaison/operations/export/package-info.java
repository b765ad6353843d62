/**
 * Export of every module's records as CSV, Excel and JSON: the modules' {@link org.liaison.shared.ExportDataset}s
 * (which apply their own read rule), rendered here, streaming, row by row.
 */
@NullMarked
package org.liaison.operations.export;

import org.jspecify.annotations.NullMarked;
