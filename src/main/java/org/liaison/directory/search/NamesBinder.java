package org.liaison.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.liaison.directory.internal.Name;

/**
 * Indexes a list of {@link Name}s (an organization's or a person's): each name and alias as
 * text, its Latin {@link Readings readings}, prefixes for search as you type, exact-match keys,
 * and the primary name for display and sorting. The fields, relative to the indexed entity:
 * <table>
 * <caption>Fields</caption>
 * <tr><td>{@value #NAME}</td><td>every name and alias, analyzed for any script</td></tr>
 * <tr><td>{@value #PRIMARY}</td><td>the primary name, analyzed</td></tr>
 * <tr><td>{@value #READING}</td><td>the readings of every name</td></tr>
 * <tr><td>{@value #PREFIX}</td><td>names and readings, cut into word prefixes</td></tr>
 * <tr><td>{@value #PRIMARY_KEY}, {@value #NAME_KEY}, {@value #READING_KEY}</td><td>{@link Readings#key keys}</td></tr>
 * <tr><td>{@value #PRIMARY_LEAD}, {@value #LEAD}</td><td>{@link Readings#leadKeys keys of leading words} of
 * the primary name, of every name and reading</td></tr>
 * <tr><td>{@value #DISPLAY}, {@value #DISPLAY_LANG}, {@value #OTHER_NAMES}</td><td>stored for hits</td></tr>
 * <tr><td>{@value #SORT}</td><td>the primary name, for sorting</td></tr>
 * </table>
 */
public class NamesBinder implements PropertyBinder {

    public static final String NAME = "name";
    public static final String PRIMARY = "primary";
    public static final String READING = "reading";
    public static final String PREFIX = "prefix";
    public static final String PRIMARY_KEY = "primaryKey";
    public static final String NAME_KEY = "nameKey";
    public static final String READING_KEY = "readingKey";
    public static final String PRIMARY_LEAD = "primaryLead";
    public static final String LEAD = "lead";
    public static final String DISPLAY = "display";
    public static final String DISPLAY_LANG = "displayLang";
    public static final String OTHER_NAMES = "otherNames";
    public static final String SORT = "sort";

    @Override
    public void bind(PropertyBindingContext context) {
        // Names are embeddables of an element collection: any change to them replaces the list.
        context.dependencies().useRootOnly();
        var types = context.typeFactory();
        IndexSchemaElement schema = context.indexSchemaElement();
        var text = types.asString().analyzer(LiaisonAnalysisConfigurer.NAME).toIndexFieldType();
        var prefix = types.asString().analyzer(LiaisonAnalysisConfigurer.PREFIX)
                .searchAnalyzer(LiaisonAnalysisConfigurer.PREFIX_QUERY).toIndexFieldType();
        var keyword = types.asString().toIndexFieldType();
        var stored = types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
        var sort = types.asString().normalizer(LiaisonAnalysisConfigurer.SORT).searchable(Searchable.NO)
                .sortable(Sortable.YES).toIndexFieldType();
        var fields = new Fields(
                schema.field(NAME, text).multiValued().toReference(),
                schema.field(PRIMARY, text).toReference(),
                schema.field(READING, text).multiValued().toReference(),
                schema.field(PREFIX, prefix).multiValued().toReference(),
                schema.field(PRIMARY_KEY, keyword).toReference(),
                schema.field(NAME_KEY, keyword).multiValued().toReference(),
                schema.field(READING_KEY, keyword).multiValued().toReference(),
                schema.field(PRIMARY_LEAD, keyword).multiValued().toReference(),
                schema.field(LEAD, keyword).multiValued().toReference(),
                schema.field(DISPLAY, stored).toReference(),
                schema.field(DISPLAY_LANG, stored).toReference(),
                schema.field(OTHER_NAMES, stored).multiValued().toReference(),
                schema.field(SORT, sort).toReference());
        context.bridge(List.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<String> name, IndexFieldReference<String> primary,
            IndexFieldReference<String> reading, IndexFieldReference<String> prefix,
            IndexFieldReference<String> primaryKey, IndexFieldReference<String> nameKey,
            IndexFieldReference<String> readingKey, IndexFieldReference<String> primaryLead,
            IndexFieldReference<String> lead, IndexFieldReference<String> display,
            IndexFieldReference<String> displayLang, IndexFieldReference<String> otherNames,
            IndexFieldReference<String> sort) {}

    @SuppressWarnings("rawtypes")
    private static final class Bridge implements PropertyBridge<List> {

        private final Fields fields;
        private final Readings readings = Readings.shared();

        Bridge(Fields fields) {
            this.fields = fields;
        }

        @Override
        public void write(DocumentElement target, List bridgedElement, PropertyBridgeWriteContext context) {
            var names = new ArrayList<Name>();
            for (Object o : bridgedElement) {
                names.add((Name) o);
            }
            if (names.isEmpty()) {
                return;
            }
            Name primary = names.stream().filter(Name::primary).findFirst().orElse(names.get(0));
            target.addValue(fields.primary(), primary.text());
            target.addValue(fields.primaryKey(), Readings.key(primary.text()));
            var leads = new LinkedHashSet<String>(Readings.leadKeys(primary.text()));
            var primaryReadings = readings.of(primary.text(), primary.lang());
            primaryReadings.forEach(r -> leads.addAll(Readings.leadKeys(r)));
            leads.forEach(k -> target.addValue(fields.primaryLead(), k));
            target.addValue(fields.display(), primary.text());
            if (primary.lang() != null) {
                target.addValue(fields.displayLang(), primary.lang());
            }
            target.addValue(fields.sort(), primary.text());

            var nameKeys = new LinkedHashSet<String>();
            var allLeads = new LinkedHashSet<String>();
            var allReadings = new LinkedHashSet<String>();
            for (Name name : names) {
                target.addValue(fields.name(), name.text());
                target.addValue(fields.prefix(), name.text());
                if (name != primary) {
                    target.addValue(fields.otherNames(), name.text());
                }
                nameKeys.add(Readings.key(name.text()));
                allLeads.addAll(Readings.leadKeys(name.text()));
                allReadings.addAll(name == primary ? primaryReadings : readings.of(name.text(), name.lang()));
            }
            nameKeys.remove("");
            nameKeys.forEach(k -> target.addValue(fields.nameKey(), k));
            var readingKeys = new LinkedHashSet<String>();
            for (String reading : allReadings) {
                target.addValue(fields.reading(), reading);
                target.addValue(fields.prefix(), reading);
                readingKeys.add(Readings.key(reading));
                allLeads.addAll(Readings.leadKeys(reading));
            }
            allLeads.forEach(k -> target.addValue(fields.lead(), k));
            readingKeys.removeAll(nameKeys);
            readingKeys.forEach(k -> target.addValue(fields.readingKey(), k));
        }
    }
}
