package lexcorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import lexcorpus.extract.Extraction;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.Json;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.samples.Samples;
import org.junit.jupiter.api.Test;

/** Real exports of samples/ validate against the JSON Schemas that `lexcorpus schema` prints. */
class SchemaValidationTest {
    @Test
    void samplesValidateAgainstTheirSchemas() throws Exception {
        Ingester ingester = new Ingester(null);
        Extraction extraction = new Extraction(Set.copyOf(Entity.TYPES));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        int checked = 0;
        for (Path f : Samples.files()) {
            Document d = ingester.ingest(Document.of(f.getFileName().toString(), Samples.text(f), null));
            d = d.withEntities(extraction.extract(d.id(), Ingester.clean(d.text()), d.date()));
            for (String kind : Records.KINDS) {
                JsonSchema schema = schema(factory, kind);
                for (JsonNode r : Records.of(kind, d)) {
                    Set<ValidationMessage> errors = schema.validate(r);
                    assertTrue(errors.isEmpty(), () -> kind + " record " + r + ": " + errors);
                    checked++;
                }
            }
            JsonNode record = Json.mapper().valueToTree(d);
            assertEquals(Set.of(), schema(factory, "document-record").validate(record));
        }
        assertTrue(checked > 100, "validated " + checked + " records");
    }

    private static JsonSchema schema(JsonSchemaFactory factory, String kind) throws Exception {
        try (InputStream in = SchemaValidationTest.class.getResourceAsStream("/lexcorpus/schema/" + kind + ".schema.json")) {
            return factory.getSchema(Json.mapper().readTree(in));
        }
    }
}
