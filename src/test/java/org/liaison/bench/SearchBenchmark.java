package org.liaison.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.liaison.LiaisonApplication;
import org.liaison.access.ReadScope;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.Organization;
import org.liaison.directory.search.OrganizationHit;
import org.liaison.directory.search.OrganizationSearch;
import org.liaison.directory.search.Readings;
import org.liaison.directory.search.SearchIndexes;
import org.liaison.directory.search.SearchQuery;
import org.liaison.directory.search.SearchResult;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search latency over clearly synthetic organizations with names in four scripts (Latin,
 * Cyrillic, Chinese, Japanese), generated from a fixed seed, written with SQL and indexed by the
 * application's own mass indexer, then searched through {@link OrganizationSearch} exactly as the
 * pages and the API do (read scope filter, facets by country and kind, projections). Each query
 * class is measured against a baseline from the same run: a plain term query on the document id.
 * <p>
 * Run with {@code bench/search.sh} (see bench/README.md); options:
 * {@code --organizations=100000 --seed=42 --iterations=1000 --warmup=300 --seconds-per-class=10
 * --queries=200 --out=target/bench/search.md --only=<part of a class name>}.
 */
public final class SearchBenchmark {

    private static final ReadScope STAFF = ReadScope.staff(Set.of());

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        Path dataDir = Files.createTempDirectory("liaison-bench");
        long runStart = System.nanoTime();
        var out = new StringBuilder();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
                .web(WebApplicationType.NONE)
                .run("--liaison.data-dir=" + dataDir,
                        "--liaison.demo.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:liaison-bench;DB_CLOSE_DELAY=-1",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var indexes = context.getBean(SearchIndexes.class);
            var search = context.getBean(OrganizationSearch.class);
            var emf = context.getBean(EntityManagerFactory.class);

            // 1. Generate and write with SQL, like an import or a restore would.
            var generated = new Generator(options.seed).generate(options.organizations);
            long t0 = System.nanoTime();
            insert(jdbc, generated);
            double insertSeconds = seconds(t0);
            progress("generated and inserted %,d organizations in %.1f s", generated.size(), insertSeconds);

            // 2. Index with the application's mass indexer.
            long t1 = System.nanoTime();
            indexes.rebuild().toCompletableFuture().get(30, TimeUnit.MINUTES);
            double indexSeconds = seconds(t1);
            var status = indexes.status();
            if (!status.inStep()) {
                throw new IllegalStateException("Index not in step after the rebuild: " + status);
            }
            long indexBytes = size(dataDir.resolve("index"));
            progress("indexed in %.1f s", indexSeconds);

            // 3. Readings alone, warm caches, one thread.
            var readings = Readings.shared();
            long t2 = System.nanoTime();
            long readingCount = 0;
            for (var org : generated) {
                for (var name : org.names) {
                    readingCount += readings.of(name.text, name.lang).size();
                }
            }
            double readingSeconds = seconds(t2);
            long nameCount = generated.stream().mapToLong(o -> o.names.size()).sum();

            progress("readings alone: %.1f s", readingSeconds);
            // 4. Queries.
            var classes = new QueryClasses(options.seed, generated).build(options.distinctQueries).stream()
                    .filter(c -> options.only.isEmpty() || c.name.contains(options.only)).toList();
            var baselineIds = generated.stream().map(o -> o.id).limit(options.distinctQueries).toList();
            Function<Object, Runnable> baseline = id -> () -> {
                try (var em = emf.createEntityManager()) {
                    var hits = Search.session(em).search(Organization.class).select(f -> f.id(UUID.class))
                            .where(f -> f.id().matching(id)).fetchHits(1);
                    if (hits.size() != 1) {
                        throw new IllegalStateException("Baseline found " + hits.size());
                    }
                }
            };
            // Warm up every class before measuring any; then measure each, within a time budget.
            long warmupDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.secondsPerClass);
            for (int i = 0; i < options.warmup && System.nanoTime() < warmupDeadline; i++) {
                baseline.apply(baselineIds.get(i % baselineIds.size())).run();
                for (var c : classes) {
                    search.search(SearchQuery.of(c.queries.get(i % c.queries.size()).text), STAFF);
                }
            }
            progress("warmed up");
            var results = new ArrayList<Measured>();
            var base = measure("baseline: id term query", options,
                    i -> baseline.apply(baselineIds.get(i % baselineIds.size())), null);
            results.add(base);
            for (var c : classes) {
                var quality = new Quality();
                results.add(measure(c.name, options, i -> {
                    var q = c.queries.get(i % c.queries.size());
                    return () -> quality.record(q, search.search(SearchQuery.of(q.text), STAFF));
                }, quality));
                progress("measured %s", c.name);
            }

            // 5. Report.
            out.append(report(options, generated.size(), nameCount, insertSeconds, indexSeconds, indexBytes,
                    readingCount, readingSeconds, results, base, classes, seconds(runStart)));
        } finally {
            deleteQuietly(dataDir);
        }
        System.out.println(out);
        Path file = Path.of(options.out);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath());
        System.exit(0);
    }

    // Measuring

    record Measured(String name, long[] nanos, double seconds, Quality quality) {

        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double mean() {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }

        double perSecond() {
            return nanos.length / seconds;
        }
    }

    /** How often the name of the organization a query was made from is among the first ten hits, and how many hits. */
    static final class Quality {
        int runs;
        int foundInTen;
        int first;
        final List<Long> totals = new ArrayList<>();

        void record(GeneratedQuery q, SearchResult result) {
            runs++;
            totals.add(result.total());
            // By name, not id: synthetic brands repeat, and organizations of the same name are equally right.
            var names = result.hits().stream().limit(10).map(OrganizationHit::name).toList();
            if (names.contains(q.sourceName)) {
                foundInTen++;
            }
            if (!names.isEmpty() && names.get(0).equals(q.sourceName)) {
                first++;
            }
        }

        long medianTotal() {
            var sorted = totals.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }
    }

    /** Runs up to {@code iterations} times, stopping early (after at least 50) when the class's time budget is spent. */
    private static Measured measure(String name, Options options, IntFunction<Runnable> work, Quality quality) {
        long[] nanos = new long[options.iterations];
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.secondsPerClass);
        int done = 0;
        while (done < nanos.length && (done < 50 || System.nanoTime() < deadline)) {
            Runnable r = work.apply(done);
            long s = System.nanoTime();
            r.run();
            nanos[done++] = System.nanoTime() - s;
        }
        return new Measured(name, Arrays.copyOf(nanos, done), seconds(start), quality);
    }

    // Data

    record GeneratedName(String text, String lang, boolean primary, boolean alias) {}

    record GeneratedOrganization(UUID id, OrganizationKind kind, String country, String city, String script,
            String brand, List<GeneratedName> names, String visibility, String group) {}

    record GeneratedQuery(String text, UUID source, String sourceName) {}

    record QueryClass(String name, String example, List<GeneratedQuery> queries) {}

    /** Clearly synthetic names: made-up brands from fixed syllables, with real-looking suffixes. */
    static final class Generator {

        private static final String[] LATIN = { "va", "ren", "tor", "lio", "mek", "sa", "dor", "qui", "zel", "bra",
                "nox", "tel", "fin", "gal", "pri", "ost", "bel", "cor", "dax", "ema", "fro", "gus", "hal", "iro", "jun",
                "kel", "lum", "mor", "nep", "opa", "pur", "ryx" };
        private static final String[] LATIN_SUFFIX = { "Robotics", "Labs", "Institute", "Technologies", "Ventures",
                "Systems", "Dynamics", "Biotech", "Energy", "Analytics" };
        private static final String[] CYRILLIC = { "ко", "лу", "бе", "жи", "мо", "ры", "щу", "га", "пе", "ду", "ха",
                "со", "ви", "ле", "чу", "ны", "ба", "ве", "го", "дю", "зо", "ил", "ка", "ло", "ми", "но", "па", "ро", "си",
                "ту", "фе", "цы" };
        private static final String[] CYRILLIC_FORM = { "Технопарк «%s»", "НПО «%s»", "Институт %s",
                "Лаборатория «%s»", "Центр «%s»", "Фонд «%s»" };
        private static final String HAN = "华中科星智联通信达创新源天宇海金云光电明龙航汇泰嘉恒瑞盛德安博鑫昊晨远锐微芯迅腾峰"
                + "东方长城鹏飞凯旋宏图蓝白青松合众永祥富强兴业银河江山立诚致远启明卓越锦程百川";
        private static final String[] HAN_SUFFIX = { "科技有限公司", "研究院", "软件园", "大学", "集团", "创新中心" };
        private static final String[] KANA = { "ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "キ", "シ", "チ", "ニ",
                "ミ", "リ", "ク", "ス", "ツ", "フ", "ム", "ル", "コ", "ソ", "ト", "ノ", "ホ", "モ", "ロ", "ガ", "ザ", "ダ", "バ",
                "パ", "ギ", "ジ", "ビ", "グ", "ズ", "ブ", "ゴ", "ゾ", "ド" };
        private static final String KANJI = "東北西南山川田中本大高松石井森林竹水村木長野岡島宮崎福原藤橋沢清浜金谷池";
        private static final String[] JAPANESE_SUFFIX = { "株式会社", "研究所", "大学", "工業", "電機" };
        private static final Map<String, String[]> CITIES = Map.of(
                "latin", new String[] { "Boston", "Berlin", "Paris", "London", "Helsinki", "Zurich", "Delft" },
                "cyrillic", new String[] { "Москва", "Новосибирск", "Казань", "Томск", "Иннополис" },
                "han", new String[] { "Beijing", "Shenzhen", "Shanghai", "Hangzhou", "Wuhan" },
                "japanese", new String[] { "Tokyo", "Osaka", "Sendai", "Kyoto", "Tsukuba" });
        private static final Map<String, String[]> COUNTRIES = Map.of(
                "latin", new String[] { "US", "DE", "FR", "GB", "FI", "CH", "NL" },
                "cyrillic", new String[] { "RU", "RU", "RU", "KZ", "BY" },
                "han", new String[] { "CN", "CN", "CN", "SG" },
                "japanese", new String[] { "JP" });

        private final Random random;

        Generator(long seed) {
            this.random = new Random(seed);
        }

        List<GeneratedOrganization> generate(int count) {
            var list = new ArrayList<GeneratedOrganization>(count);
            String[] scripts = { "latin", "cyrillic", "han", "japanese" };
            OrganizationKind[] kinds = OrganizationKind.values();
            for (int i = 0; i < count; i++) {
                String script = scripts[i % 4];
                var names = new ArrayList<GeneratedName>();
                String brand;
                switch (script) {
                    case "latin" -> {
                        brand = capitalize(syllables(LATIN, 2 + random.nextInt(2)));
                        names.add(new GeneratedName(brand + " " + pick(LATIN_SUFFIX), "en", true, false));
                        if (random.nextInt(4) == 0) {
                            names.add(new GeneratedName(brand.substring(0, 3).toUpperCase(Locale.ROOT), "en", false, true));
                        }
                    }
                    case "cyrillic" -> {
                        brand = capitalize(syllables(CYRILLIC, 2 + random.nextInt(2)));
                        names.add(new GeneratedName(String.format(pick(CYRILLIC_FORM), brand), "ru", true, false));
                    }
                    case "han" -> {
                        brand = chars(HAN, 2 + random.nextInt(2));
                        names.add(new GeneratedName(brand + pick(HAN_SUFFIX), "zh", true, false));
                    }
                    default -> {
                        brand = random.nextBoolean() ? syllables(KANA, 3 + random.nextInt(2)) : chars(KANJI, 2);
                        names.add(new GeneratedName(brand + pick(JAPANESE_SUFFIX), "ja", true, false));
                    }
                }
                if (!script.equals("latin") && random.nextInt(5) == 0) {
                    names.add(new GeneratedName("Synthetic " + i, "en", false, false));
                }
                int access = random.nextInt(20);
                String visibility = access == 0 ? "CONFIDENTIAL" : access == 1 ? "SHARED" : "INTERNAL";
                list.add(new GeneratedOrganization(new UUID(0x5EED_0000_0000_0000L, i), kinds[random.nextInt(kinds.length)],
                        pick(COUNTRIES.get(script)), pick(CITIES.get(script)), script, brand, names, visibility,
                        access == 0 ? "committee" : null));
            }
            return list;
        }

        private String syllables(String[] from, int n) {
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(pick(from));
            }
            return sb.toString();
        }

        private String chars(String from, int n) {
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(from.charAt(random.nextInt(from.length())));
            }
            return sb.toString();
        }

        private String pick(String[] from) {
            return from[random.nextInt(from.length)];
        }

        private static String capitalize(String s) {
            return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
    }

    /** Queries a person would type to find a generated organization, by class; each knows its source. */
    static final class QueryClasses {

        private final Random random;
        private final List<GeneratedOrganization> organizations;
        private final Readings readings = Readings.shared();

        QueryClasses(long seed, List<GeneratedOrganization> organizations) {
            this.random = new Random(seed + 1);
            this.organizations = organizations.stream().filter(o -> o.visibility.equals("INTERNAL")).toList();
        }

        List<QueryClass> build(int n) {
            var classes = new ArrayList<QueryClass>();
            classes.add(make("exact Latin name", n, "latin", o -> o.names.get(0).text));
            classes.add(make("Cyrillic name by reading", n, "cyrillic", o -> reading(o.brand, "ru")));
            classes.add(make("CJK bigram", n, "han", o -> o.brand.substring(0, 2)));
            classes.add(make("Japanese name by reading", n, "japanese", o -> reading(o.brand, "ja")));
            classes.add(make("typo (fuzzy)", n, "latin", o -> typo(o.brand)));
            classes.add(make("prefix (as you type)", n, "latin", o -> o.brand.substring(0, 4)));
            classes.add(make("blank: list by name", n, "latin", o -> ""));
            return classes;
        }

        private QueryClass make(String name, int n, String script, Function<GeneratedOrganization, String> text) {
            var pool = organizations.stream().filter(o -> o.script.equals(script)).toList();
            var queries = new ArrayList<GeneratedQuery>();
            for (int i = 0; i < n; i++) {
                var o = pool.get(random.nextInt(pool.size()));
                queries.add(new GeneratedQuery(text.apply(o), o.id, o.names.get(0).text));
            }
            return new QueryClass(name, queries.get(0).text, queries);
        }

        /** The shortest joined reading, as people type it: "tohoku" rather than "touhoku daigaku". */
        private String reading(String text, String lang) {
            return readings.of(text, lang).stream().filter(r -> !r.contains(" "))
                    .min(Comparator.comparingInt(String::length)).orElse(text);
        }

        private String typo(String word) {
            char[] chars = word.toCharArray();
            int at = 1 + random.nextInt(chars.length - 1);
            char c;
            do {
                c = (char) ('a' + random.nextInt(26));
            } while (c == chars[at]);
            chars[at] = c;
            return new String(chars);
        }
    }

    private static void insert(JdbcTemplate jdbc, List<GeneratedOrganization> organizations) {
        var now = Timestamp.from(Instant.parse("2012-04-26T09:00:00Z"));
        int batch = 1000;
        for (int from = 0; from < organizations.size(); from += batch) {
            var slice = organizations.subList(from, Math.min(organizations.size(), from + batch));
            jdbc.batchUpdate("insert into organization (id, version, kind, country, city, owner_organization_id,"
                    + " visibility, shared_with, confidential_group, created_at, updated_at)"
                    + " values (?, 0, ?, ?, ?, ?, ?, '', ?, ?, ?)",
                    slice.stream().map(o -> new Object[] { o.id, o.kind.name(), o.country, o.city, o.id, o.visibility,
                            o.group, now, now }).toList());
            var names = new ArrayList<Object[]>();
            for (var o : slice) {
                for (int i = 0; i < o.names.size(); i++) {
                    var n = o.names.get(i);
                    names.add(new Object[] { o.id, i, n.text, n.lang, n.primary, n.alias });
                }
            }
            jdbc.batchUpdate("insert into organization_name (organization_id, position, text, lang, is_primary, is_alias)"
                    + " values (?, ?, ?, ?, ?, ?)", names);
        }
    }

    // Report

    private static String report(Options options, int organizations, long names, double insertSeconds,
            double indexSeconds, long indexBytes, long readingCount, double readingSeconds, List<Measured> results,
            Measured base, List<QueryClass> classes, double totalSeconds) {
        var sb = new StringBuilder();
        var runtime = ManagementFactory.getRuntimeMXBean();
        sb.append("## Search benchmark run\n\n");
        sb.append(String.format(Locale.ROOT, "- organizations: %,d (seed %d), names: %,d; JVM %s %s, %d processors, max heap %d MiB%n",
                organizations, options.seed, names, runtime.getVmName(), runtime.getSpecVersion() + " / "
                        + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        sb.append(String.format(Locale.ROOT, "- load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        sb.append(String.format(Locale.ROOT, "- SQL insert: %.1f s; mass indexing: %.1f s = %,.0f organizations/s; index size %.1f MiB (%,.0f bytes per organization)%n",
                insertSeconds, indexSeconds, organizations / indexSeconds, indexBytes / (1024.0 * 1024.0),
                (double) indexBytes / organizations));
        sb.append(String.format(Locale.ROOT, "- readings alone (warm caches, one thread): %,.0f names/s (%,d readings)%n",
                names / readingSeconds, readingCount));
        sb.append(String.format(Locale.ROOT, "- queries: %d distinct per class; warm-up: up to %d rounds of every class in %d s; measured: up to %d per class"
                + " or %d s, one client thread (the column n); whole run %.0f s%n%n",
                options.distinctQueries, options.warmup, options.secondsPerClass, options.iterations,
                options.secondsPerClass, totalSeconds));
        sb.append("| query class | example | n | p50 ms | p95 ms | p99 ms | mean ms | queries/s | p50 / baseline | median total hits | its name in top 10 | its name first |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var m : results) {
            String example = m == base ? "id = …" : classes.stream().filter(c -> c.name.equals(m.name)).findFirst()
                    .map(c -> c.example.isEmpty() ? "(blank)" : c.example).orElse("");
            var q = m.quality;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.1f× | %s | %s | %s |%n",
                    m.name, example, m.nanos.length, m.percentile(50), m.percentile(95), m.percentile(99), m.mean(), m.perSecond(),
                    m.percentile(50) / base.percentile(50),
                    q == null ? "1" : String.format(Locale.ROOT, "%,d", q.medianTotal()),
                    q == null ? "—" : percent(q.foundInTen, q.runs),
                    q == null ? "—" : percent(q.first, q.runs)));
        }
        return sb.toString();
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / Math.max(1, whole));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }

    record Options(int organizations, long seed, int iterations, int warmup, int distinctQueries, String out,
            String only, int secondsPerClass) {

        static Options parse(String[] args) {
            var values = new LinkedHashMap<String, String>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Options are --name=value, not " + arg);
                }
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            return new Options(Integer.parseInt(values.getOrDefault("organizations", "100000")),
                    Long.parseLong(values.getOrDefault("seed", "42")),
                    Integer.parseInt(values.getOrDefault("iterations", "1000")),
                    Integer.parseInt(values.getOrDefault("warmup", "300")),
                    Integer.parseInt(values.getOrDefault("queries", "200")),
                    values.getOrDefault("out", "target/bench/search.md"),
                    values.getOrDefault("only", ""),
                    Integer.parseInt(values.getOrDefault("seconds-per-class", "10")));
        }
    }
}
