package lexcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import lexcorpus.io.Json;
import org.junit.jupiter.api.Test;

class EntityWriterTest {
    @Test
    void theMapperUsesTheWriter() throws Exception {
        assertInstanceOf(EntityWriter.class, Json.mapper().getSerializerProviderInstance().findValueSerializer(Entity.class));
    }

    @Test
    void eachValueKindIsWrittenAsItsAnnotationsDeclare() throws Exception {
        List<Entity> entities = List.of(
                new Entity("a", "date", "3月5日", 0, 4, new EntityValue.DateValue("2024-03-05", "day", true, null)),
                new Entity("a", "money", "约5万元", 5, 10, new EntityValue.MoneyValue("50000", "CNY", true)),
                new Entity("a", "money", "5\"元", 11, 13, new EntityValue.MoneyValue("5", "CNY", null)),
                new Entity("a", "money", "150元/天", 62, 68, new EntityValue.MoneyValue("150", "CNY", null, "天")),
                new Entity("a", "statute", "《刑法》第二百七十六条之一第二款", 14, 30, new EntityValue.StatuteValue("刑法", "中华人民共和国刑法", null,
                        List.of(new EntityValue.ArticleRef(276, 2, null, "之一")))),
                new Entity("a", "case_number", "（2024）京01民终1号", 31, 44,
                        new EntityValue.CaseNumberValue(2024, "京01", "民终", 1, null, "2016", "北京市第一中级人民法院", "中级", "民事",
                                "二审", "own")),
                new Entity("a", "case_number", "（2005）三执字第445号之一", 45, 61,
                        EntityValue.CaseNumberValue.found(2005, "三", "执", 445, "之一", "legacy")));
        String written = Json.mapper().writeValueAsString(entities);
        assertEquals("[{\"doc\":\"a\",\"type\":\"date\",\"text\":\"3月5日\",\"start\":0,\"end\":4,"
                + "\"value\":{\"date\":\"2024-03-05\",\"granularity\":\"day\",\"year_inferred\":true}},"
                + "{\"doc\":\"a\",\"type\":\"money\",\"text\":\"约5万元\",\"start\":5,\"end\":10,"
                + "\"value\":{\"amount\":\"50000\",\"currency\":\"CNY\",\"approximate\":true}},"
                + "{\"doc\":\"a\",\"type\":\"money\",\"text\":\"5\\\"元\",\"start\":11,\"end\":13,"
                + "\"value\":{\"amount\":\"5\",\"currency\":\"CNY\"}},"
                + "{\"doc\":\"a\",\"type\":\"money\",\"text\":\"150元/天\",\"start\":62,\"end\":68,"
                + "\"value\":{\"amount\":\"150\",\"currency\":\"CNY\",\"per\":\"天\"}},"
                + "{\"doc\":\"a\",\"type\":\"statute\",\"text\":\"《刑法》第二百七十六条之一第二款\",\"start\":14,\"end\":30,"
                + "\"value\":{\"law\":\"刑法\",\"canonical\":\"中华人民共和国刑法\",\"version\":null,"
                + "\"articles\":[{\"article\":276,\"paragraph\":2,\"item\":null,\"suffix\":\"之一\"}]}},"
                + "{\"doc\":\"a\",\"type\":\"case_number\",\"text\":\"（2024）京01民终1号\",\"start\":31,\"end\":44,"
                + "\"value\":{\"year\":2024,\"court_code\":\"京01\",\"type_code\":\"民终\",\"serial\":1,\"format\":\"2016\","
                + "\"court\":\"北京市第一中级人民法院\",\"court_level\":\"中级\",\"case_type\":\"民事\",\"procedure\":\"二审\",\"role\":\"own\"}},"
                + "{\"doc\":\"a\",\"type\":\"case_number\",\"text\":\"（2005）三执字第445号之一\",\"start\":45,\"end\":61,"
                + "\"value\":{\"year\":2005,\"court_code\":\"三\",\"type_code\":\"执\",\"serial\":445,\"serial_suffix\":\"之一\","
                + "\"format\":\"legacy\"}}]",
                written);
        // the same bytes as Jackson's own bean serialization of the annotated records
        JsonMapper beans = JsonMapper.builder().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII).build();
        beans.addMixIn(Entity.class, NoWriter.class);
        Object own = beans.getSerializerProviderInstance().findValueSerializer(Entity.class);
        assertFalse(own instanceof EntityWriter, "the comparison mapper uses the bean serializer");
        assertEquals(beans.writeValueAsString(entities), written);
    }

    @com.fasterxml.jackson.databind.annotation.JsonSerialize
    private abstract static class NoWriter {
    }
}
