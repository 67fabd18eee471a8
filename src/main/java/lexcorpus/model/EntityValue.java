package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** The normalized value of an entity, one record type per entity type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(EntityValue.DateValue.class), @JsonSubTypes.Type(EntityValue.MoneyValue.class),
        @JsonSubTypes.Type(EntityValue.StatuteValue.class), @JsonSubTypes.Type(EntityValue.CaseNumberValue.class),
        @JsonSubTypes.Type(EntityValue.DocumentNumberValue.class)})
public sealed interface EntityValue {

    /** {@code date} is YYYY-MM-DD, YYYY-MM or YYYY by {@code granularity}; flags only when true. */
    @JsonPropertyOrder({"date", "granularity", "year_inferred", "month_inferred"})
    record DateValue(String date, String granularity,
                     @JsonProperty("year_inferred") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean yearInferred,
                     @JsonProperty("month_inferred") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean monthInferred)
            implements EntityValue {
    }

    /**
     * {@code amount}: an exact decimal in whole units of the ISO 4217 {@code currency}; {@code per}: the unit of a
     * price per unit ({@code 150元/天} → 天), null for a plain amount.
     */
    @JsonPropertyOrder({"amount", "currency", "approximate", "per"})
    record MoneyValue(String amount, String currency,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean approximate,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String per) implements EntityValue {
        /** A plain amount, not a price per unit. */
        public MoneyValue(String amount, String currency, Boolean approximate) {
            this(amount, currency, approximate, null);
        }
    }

    /**
     * A statute reference. The fields after {@code articles} say what the law table knows of the instrument on
     * the document's date; each is null (and not written) where the table does not know.
     */
    @JsonPropertyOrder({"law", "canonical", "version", "articles", "law_id", "level", "status", "version_on_date",
            "repealed_by", "pinpoints_valid"})
    record StatuteValue(String law, String canonical, String version, List<ArticleRef> articles,
                        @JsonProperty("law_id") @JsonInclude(JsonInclude.Include.NON_NULL) String lawId,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String level,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                        @JsonProperty("version_on_date") @JsonInclude(JsonInclude.Include.NON_NULL) String versionOnDate,
                        @JsonProperty("repealed_by") @JsonInclude(JsonInclude.Include.NON_NULL) Successor repealedBy,
                        @JsonProperty("pinpoints_valid") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean pinpointsValid)
            implements EntityValue {
        public StatuteValue(String law, String canonical, String version, List<ArticleRef> articles) {
            this(law, canonical, version, articles, null, null, null, null, null, null);
        }
    }

    /** The instrument that replaced a repealed one, and the date it was repealed (YYYY-MM-DD). */
    @JsonPropertyOrder({"canonical", "date"})
    record Successor(String canonical, String date) {
    }

    /** One article pinpoint: 第一百零三条第二款第（三）项 → 103, 2, 3; 第二百七十六条之一 → suffix 之一. */
    @JsonPropertyOrder({"article", "paragraph", "item", "suffix"})
    record ArticleRef(int article, Integer paragraph, Integer item,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String suffix) {
    }

    /**
     * A court case number: year, court code, type code and serial as written; {@code serial_suffix} a sub-number
     * (之一, -2); {@code court}, {@code court_level}, {@code case_type} and {@code procedure} what the code tables
     * say (absent where they do not know); {@code role} {@code own} for the document's own number, else {@code cited}.
     */
    @JsonPropertyOrder({"year", "court_code", "type_code", "serial", "serial_suffix", "format", "court", "court_level",
            "case_type", "procedure", "role"})
    record CaseNumberValue(int year, @JsonProperty("court_code") String courtCode,
                           @JsonProperty("type_code") String typeCode, long serial,
                           @JsonProperty("serial_suffix") @JsonInclude(JsonInclude.Include.NON_NULL) String serialSuffix,
                           String format,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String court,
                           @JsonProperty("court_level") @JsonInclude(JsonInclude.Include.NON_NULL) String courtLevel,
                           @JsonProperty("case_type") @JsonInclude(JsonInclude.Include.NON_NULL) String caseType,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String procedure,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String role)
            implements EntityValue {
        /** A number as found, before the resolve stage decodes it. */
        public static CaseNumberValue found(int year, String courtCode, String typeCode, long serial, String serialSuffix,
                                            String format) {
            return new CaseNumberValue(year, courtCode, typeCode, serial, serialSuffix, format, null, null, null, null, null);
        }

        /** The same number with what the resolve stage knows of it. */
        public CaseNumberValue decoded(String court, String courtLevel, String caseType, String procedure, String role) {
            return new CaseNumberValue(year, courtCode, typeCode, serial, serialSuffix, format, court, courtLevel, caseType,
                    procedure, role);
        }
    }

    /**
     * An official document number: {@code issuer_code} as written (字 kept, 第 dropped; null where the text gives
     * none), {@code year} the bracketed year or null, {@code serial}, {@code serial_prefix} a letter before it,
     * {@code kind} {@code document} or {@code decree}; {@code issuer} and {@code title} where the tool knows them.
     */
    @JsonPropertyOrder({"issuer_code", "year", "serial", "serial_prefix", "kind", "issuer", "title"})
    record DocumentNumberValue(@JsonProperty("issuer_code") String issuerCode, Integer year, long serial,
                               @JsonProperty("serial_prefix") @JsonInclude(JsonInclude.Include.NON_NULL) String serialPrefix,
                               String kind,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String issuer,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String title) implements EntityValue {
        /** A number as found, before the resolve stage names its issuer. */
        public static DocumentNumberValue found(String issuerCode, Integer year, long serial, String serialPrefix, String kind) {
            return new DocumentNumberValue(issuerCode, year, serial, serialPrefix, kind, null, null);
        }

        /** The same number with its issuer and title (each null where unknown). */
        public DocumentNumberValue resolved(String issuer, String title) {
            return new DocumentNumberValue(issuerCode, year, serial, serialPrefix, kind, issuer, title);
        }
    }
}
