/**
 * Imports of organizations, people, affiliations and relationships from CSV and Excel files: the
 * reader and column mapping ({@link org.liaison.operations.imports.ImportReader}), duplicate
 * matching and merge planning ({@link org.liaison.operations.imports.ImportPlanner}), and the job
 * that writes through the directory's and relationships' facades in batches with a ledger, so a
 * killed import resumes after its last committed batch.
 */
@NullMarked
package org.liaison.operations.imports;

import org.jspecify.annotations.NullMarked;
