package lexcorpus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lexcorpus.extract.Extraction;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Encoders;

/**
 * The Java API for notebooks and other jobs: the same ingest and extract code as the command line, run per
 * partition. The tables and patterns are loaded once per executor JVM (a static holder), not per document.
 * Failures per document become error rows; they never fail the job.
 */
public final class SparkExtraction implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Set<String> types;

    public SparkExtraction(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    /** What one executor JVM builds once: the ingest and extract stages (both thread-safe). */
    private static final class Engine {
        private static Engine engine;
        private static Set<String> engineTypes;
        final Ingester ingester = new Ingester(null);
        final Extraction extraction;

        private Engine(Set<String> types) {
            extraction = new Extraction(types);
        }

        static synchronized Engine get(Set<String> types) {
            if (engine == null || !engineTypes.equals(types)) {
                engine = new Engine(types);
                engineTypes = types;
            }
            return engine;
        }
    }

    /** A document's entities as rows, or the error row that says why there are none. */
    record Outcome(List<Row> entities, Row error) implements Serializable {
    }

    Outcome process(String id, String text, String date) {
        try {
            Engine e = Engine.get(types);
            Document doc = e.ingester.ingest(Document.of(id, text, date));
            String docDate = doc.date() != null ? doc.date() : doc.metadata().date();
            List<Row> rows = new ArrayList<>();
            for (Entity entity : e.extraction.extract(id, Ingester.clean(text), docDate, doc.signed())) {
                rows.add(EntityRows.row(entity));
            }
            return new Outcome(rows, null);
        } catch (RuntimeException | StackOverflowError ex) {
            return new Outcome(List.of(), RowFactory.create(id, "failed: " + ex));
        }
    }

    Outcome processBytes(String id, byte[] bytes) {
        try {
            String text = TextDecoder.decode(bytes, null).text();
            if (text.isBlank()) {
                return new Outcome(List.of(), RowFactory.create(id, bytes.length == 0 ? "empty file" : "no text (only whitespace)"));
            }
            return process(id, text, null);
        } catch (TextDecoder.UndecodableException ex) {
            return new Outcome(List.of(), RowFactory.create(id, ex.getMessage()));
        }
    }

    /** From a Dataset with columns {@code id}, {@code text} (and optionally {@code date}) to entity rows. */
    public Dataset<Row> entities(Dataset<Row> documents) {
        boolean hasDate = List.of(documents.columns()).contains("date");
        SparkExtraction self = this;
        MapPartitionsFunction<Row, Row> f = rows -> {
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String date = hasDate ? r.getAs("date") : null;
                out.addAll(self.process(r.getAs("id"), r.getAs("text"), date).entities());
            }
            return out.iterator();
        };
        return documents.mapPartitions(f, Encoders.row(EntityRows.SCHEMA));
    }
}
