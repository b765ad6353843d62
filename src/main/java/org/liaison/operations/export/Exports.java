package org.liaison.operations.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.liaison.shared.ExportDataset;
import org.liaison.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every module's export datasets, as the current viewer may use them: those not available to the
 * viewer are neither listed nor found (404), and the rows come from the module under its read rule.
 */
@Service
public class Exports {

    private final List<ExportDataset> datasets;
    private final TransactionTemplate readOnly;

    Exports(ObjectProvider<ExportDataset> datasets, PlatformTransactionManager transactions) {
        this.datasets = datasets.orderedStream()
                .sorted(Comparator.comparing(ExportDataset::module).thenComparing(ExportDataset::name)).toList();
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** The datasets the current viewer may export, by module and name. */
    public List<ExportDataset> available() {
        return readOnly.execute(status -> datasets.stream().filter(ExportDataset::availableToCurrentViewer).toList());
    }

    /** The dataset if it exists and the current viewer may export it. */
    public Optional<ExportDataset> find(String module, String name) {
        return readOnly.execute(status -> datasets.stream().filter(d -> d.module().equals(module) && d.name().equals(name))
                .filter(ExportDataset::availableToCurrentViewer).findFirst());
    }

    /** The dataset, or 404 when it does not exist or the viewer may not export it. */
    public ExportDataset require(String module, String name) {
        return find(module, name).orElseThrow(() -> new NotFoundException("export", module + "/" + name));
    }

    /** Writes the dataset's rows the viewer may see in the format, as they are read; returns how many. */
    public long write(ExportDataset dataset, ExportFormat format, OutputStream out) {
        var writer = format.open(out, dataset.columns());
        long[] count = {0};
        readOnly.executeWithoutResult(status -> dataset.rows(values -> {
            writer.row(values);
            count[0]++;
        }));
        writer.finish();
        return count[0];
    }
}
