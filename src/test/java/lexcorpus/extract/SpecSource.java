package lexcorpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lexcorpus.io.Json;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The phrases of one entity type's spec files (src/test/resources/specs/TYPE): positive ones as
 * (phrase, document date, expected value, the other entities the phrase gives), negative ones as (phrase).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(SpecSource.Provider.class)
@interface SpecSource {
    String type();

    boolean negative() default false;

    /** Reads the spec file named by the annotation. */
    final class Provider implements ArgumentsProvider, AnnotationConsumer<SpecSource> {
        private SpecSource spec;

        @Override
        public void accept(SpecSource spec) {
            this.spec = spec;
        }

        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) throws Exception {
            String dir = "/specs/" + spec.type() + "/";
            if (spec.negative()) {
                return ExtractionSpecTest.lines(dir + "negative.txt").stream().map(Arguments::of);
            }
            List<Arguments> out = new ArrayList<>();
            for (String line : ExtractionSpecTest.lines(dir + "positive.jsonl")) {
                JsonNode entry = Json.mapper().readTree(line);
                String docDate = entry.path("doc_date").asText(null);
                for (JsonNode ex : entry.get("examples")) {
                    // an example is a phrase, or {"text": phrase, "also": [the other entities it gives]}
                    String phrase = ex.isTextual() ? ex.asText() : ex.path("text").asText();
                    JsonNode also = ex.isTextual() ? Json.mapper().createArrayNode() : ex.path("also");
                    out.add(Arguments.of(phrase, docDate, entry.get("value"), also));
                }
            }
            return out.stream();
        }
    }
}
