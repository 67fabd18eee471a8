package lexcorpus.spark;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The entity record of the entity specification as a Spark row: doc, type, text, start, end, and value as
 * one struct holding the fields of every type (null where a type has none). Stateless.
 */
public final class EntityRows {
    private EntityRows() {
    }

    static final StructType ARTICLE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("article", DataTypes.IntegerType, false),
            DataTypes.createStructField("paragraph", DataTypes.IntegerType, true),
            DataTypes.createStructField("item", DataTypes.IntegerType, true),
            DataTypes.createStructField("suffix", DataTypes.StringType, true)));

    static final StructType SUCCESSOR = DataTypes.createStructType(List.of(
            DataTypes.createStructField("canonical", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true)));

    static final StructType VALUE = DataTypes.createStructType(List.of(
            field("date", DataTypes.StringType), field("granularity", DataTypes.StringType),
            field("year_inferred", DataTypes.BooleanType), field("month_inferred", DataTypes.BooleanType),
            field("amount", DataTypes.StringType), field("currency", DataTypes.StringType), field("approximate", DataTypes.BooleanType),
            field("law", DataTypes.StringType), field("canonical", DataTypes.StringType), field("version", DataTypes.StringType),
            field("articles", DataTypes.createArrayType(ARTICLE, false)),
            // issuer_code (document numbers) before year: each type's fields keep the order its JSON value has
            field("issuer_code", DataTypes.StringType),
            field("year", DataTypes.IntegerType), field("court_code", DataTypes.StringType), field("type_code", DataTypes.StringType),
            field("serial", DataTypes.LongType), field("serial_suffix", DataTypes.StringType), field("format", DataTypes.StringType),
            field("court", DataTypes.StringType), field("court_level", DataTypes.StringType), field("case_type", DataTypes.StringType),
            field("procedure", DataTypes.StringType), field("role", DataTypes.StringType),
            field("serial_prefix", DataTypes.StringType), field("kind", DataTypes.StringType),
            field("issuer", DataTypes.StringType), field("title", DataTypes.StringType),
            field("law_id", DataTypes.StringType), field("level", DataTypes.StringType), field("status", DataTypes.StringType),
            field("version_on_date", DataTypes.StringType), field("repealed_by", EntityRows.SUCCESSOR),
            field("pinpoints_valid", DataTypes.BooleanType), field("per", DataTypes.StringType)));

    /** The schema of entity rows. */
    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("value", VALUE, false)));

    /** The schema of error rows: the input and what went wrong with it. */
    public static final StructType ERRORS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, false)));

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static int at(String field) {
        return VALUE.fieldIndex(field);
    }

    static Row row(Entity e) {
        Object[] v = new Object[VALUE.size()];
        EntityValue value = e.value();
        if (value instanceof EntityValue.DateValue d) {
            v[0] = d.date();
            v[1] = d.granularity();
            v[2] = d.yearInferred();
            v[3] = d.monthInferred();
        } else if (value instanceof EntityValue.MoneyValue m) {
            v[4] = m.amount();
            v[5] = m.currency();
            v[6] = m.approximate();
            v[VALUE.fieldIndex("per")] = m.per();
        } else if (value instanceof EntityValue.StatuteValue s) {
            v[7] = s.law();
            v[8] = s.canonical();
            v[9] = s.version();
            List<Row> articles = new ArrayList<>();
            for (EntityValue.ArticleRef a : s.articles()) {
                articles.add(RowFactory.create(a.article(), a.paragraph(), a.item(), a.suffix()));
            }
            v[10] = articles.toArray(new Row[0]); // an ArrayType takes an array or a Scala Seq, not a java.util.List
            // the resolution fields by name: other types' fields are added to the struct too
            v[VALUE.fieldIndex("law_id")] = s.lawId();
            v[VALUE.fieldIndex("level")] = s.level();
            v[VALUE.fieldIndex("status")] = s.status();
            v[VALUE.fieldIndex("version_on_date")] = s.versionOnDate();
            v[VALUE.fieldIndex("repealed_by")] = s.repealedBy() == null ? null
                    : RowFactory.create(s.repealedBy().canonical(), s.repealedBy().date());
            v[VALUE.fieldIndex("pinpoints_valid")] = s.pinpointsValid();
        } else if (value instanceof EntityValue.CaseNumberValue c) {
            v[at("year")] = c.year();
            v[at("court_code")] = c.courtCode();
            v[at("type_code")] = c.typeCode();
            v[at("serial")] = c.serial();
            v[at("format")] = c.format();
            v[at("court")] = c.court();
            v[at("case_type")] = c.caseType();
            v[at("serial_suffix")] = c.serialSuffix();
            v[at("court_level")] = c.courtLevel();
            v[at("procedure")] = c.procedure();
            v[at("role")] = c.role();
        } else if (value instanceof EntityValue.DocumentNumberValue n) {
            v[at("issuer_code")] = n.issuerCode();
            v[at("year")] = n.year();
            v[at("serial")] = n.serial();
            v[at("serial_prefix")] = n.serialPrefix();
            v[at("kind")] = n.kind();
            v[at("issuer")] = n.issuer();
            v[at("title")] = n.title();
        }
        return RowFactory.create(e.doc(), e.type(), e.text(), e.start(), e.end(), RowFactory.create(v));
    }
}
