package org.liaison.shared;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * One set of a module's records offered for export as CSV, Excel and JSON
 * ({@code /api/v1/export/{module}/{name}}). Every module that stores records registers one bean
 * per dataset in its own internal package; operations lists them and renders the formats.
 *
 * <p>The module applies its own read rule for the current viewer (the request's): a partner gets
 * only its organization's records, a confidential dataset is not {@link #availableToCurrentViewer()
 * available} to those who may not see it (it is then neither listed nor served: 404). The rows are
 * the same records the module's list API shows that viewer.
 *
 * <p>Rows are streamed: {@link #rows} hands each row to the sink as it is read, so a large table
 * is never held in memory. It lives in {@code shared}, like {@link PersonalDataContributor}, so
 * that no module depends on operations.
 */
public interface ExportDataset {

    /** The module's key in the path, e.g. {@code directory}. */
    String module();

    /** The dataset's key in the path, e.g. {@code organizations}. */
    String name();

    /** The column names, in the order of every row's values. */
    List<String> columns();

    /** Whether the current viewer may export this dataset at all; asked inside a read-only transaction. */
    boolean availableToCurrentViewer();

    /**
     * Hands every row the current viewer may see to the sink, one list of values per row in the
     * order of {@link #columns()}. Values are strings, numbers, booleans, dates, instants, UUIDs,
     * enums or null. The caller runs it inside a read-only transaction.
     */
    void rows(Consumer<List<@Nullable Object>> sink);
}
