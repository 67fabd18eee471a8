package lexcorpus.spark;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lexcorpus.model.Entity;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The extraction as a Spark job:
 * {@code spark-submit --class lexcorpus.spark.LexcorpusSpark target/lexcorpus.jar --input DIR --output DIR
 * [--format parquet|jsonl] [--types date,money,…]}. Each file is read whole as bytes, so decoding is the
 * project's own; document ids are paths relative to the input folder, as the command line gives them.
 * Writes {@code OUTPUT/entities} and {@code OUTPUT/errors}.
 */
public final class LexcorpusSpark {
    private LexcorpusSpark() {
    }

    /** The job's arguments. */
    public record Options(String input, String output, String format, Set<String> types, String master) {
        static Options parse(String[] args) {
            String input = null;
            String output = null;
            String format = "parquet";
            String master = null;
            Set<String> types = new LinkedHashSet<>(Entity.TYPES);
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--input" -> input = value;
                    case "--output" -> output = value;
                    case "--format" -> format = value;
                    case "--master" -> master = value;
                    case "--types" -> types = new LinkedHashSet<>(List.of(value.split(",")));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: --input PATH --output DIR [--format parquet|jsonl] [--types …] [--master URL]");
                }
                i++;
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            if (!format.equals("parquet") && !format.equals("jsonl")) {
                throw new IllegalArgumentException("--format must be parquet or jsonl");
            }
            if (!Entity.TYPES.containsAll(types)) {
                throw new IllegalArgumentException("--types takes " + String.join(",", Entity.TYPES));
            }
            return new Options(input, output, format, types, master);
        }
    }

    public static void main(String[] args) {
        Options o = Options.parse(args);
        SparkSession.Builder b = SparkSession.builder().appName("lexcorpus");
        if (o.master() != null) {
            b.master(o.master());
        }
        SparkSession spark = b.getOrCreate();
        try {
            run(spark, o);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session: reads, extracts, writes entities and errors. */
    public static void run(SparkSession spark, Options o) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        String base = baseOf(o.input());
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(o.input());
        SparkExtraction extraction = new SparkExtraction(o.types());
        JavaRDD<SparkExtraction.Outcome> outcomes = files.mapPartitions(it -> {
            List<SparkExtraction.Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<String, PortableDataStream> f = it.next();
                String id = idOf(base, f._1());
                if (id.startsWith(".") || id.contains("/.")) {
                    continue; // hidden files, as the command line skips them
                }
                out.add(extraction.processBytes(id, f._2().toArray()));
            }
            return out.iterator();
        }).cache();
        JavaRDD<Row> entities = outcomes.flatMap(r -> r.entities().iterator());
        JavaRDD<Row> errors = outcomes.filter(r -> r.error() != null).map(SparkExtraction.Outcome::error);
        write(spark.createDataFrame(entities, EntityRows.SCHEMA), o, "entities");
        write(spark.createDataFrame(errors, EntityRows.ERRORS), o, "errors");
        outcomes.unpersist();
    }

    private static void write(org.apache.spark.sql.Dataset<Row> rows, Options o, String name) {
        var w = rows.write().mode("overwrite");
        String path = o.output() + "/" + name;
        if (o.format().equals("parquet")) {
            w.parquet(path);
        } else {
            w.json(path);
        }
    }

    /** The folder ids are relative to: the input itself when it is a folder, else its parent. */
    static String baseOf(String input) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(new org.apache.hadoop.conf.Configuration());
            org.apache.hadoop.fs.Path q = fs.makeQualified(p);
            boolean dir = !input.contains("*") && fs.exists(q) && fs.getFileStatus(q).isDirectory();
            return (dir ? q : q.getParent()).toUri().getPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String idOf(String base, String file) {
        String path = URI.create(file.replace(" ", "%20")).getPath();
        String prefix = base.endsWith("/") ? base : base + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : new org.apache.hadoop.fs.Path(file).getName();
    }
}
