package lexcorpus.ingest.outline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Texts made of one structure pattern repeated, the worst cases for the outline scans: many 目录 titles, many
 * entries, labels, by-lines, speakers, page breaks. Shared by the test that counts the scans' work and by the
 * benchmark that times them (bench/StructureBenchmark).
 */
public final class AdversarialTexts {
    private AdversarialTexts() {
    }

    /** Each pattern: the lines it repeats, the i-th line given by the function. */
    public static final Map<String, IntFunction<String>> PATTERNS = patterns();

    private static Map<String, IntFunction<String>> patterns() {
        Map<String, IntFunction<String>> p = new LinkedHashMap<>();
        p.put("contents-titles", i -> "目录");
        p.put("contents-and-body", i -> i % 2 == 0 ? "目 录" : "正文的一段话，说明了一些情况。");
        p.put("contents-entries", i -> "第" + (i % 9 + 1) + "章 总则 ……………… " + (i % 300 + 1));
        p.put("contents-links", i -> (i % 9 + 1) + ". [标题" + i + "](#标题" + i + ")");
        p.put("numbered-same", i -> "一、标题");
        p.put("numbered-series", i -> (i % 99 + 1) + ". 小节标题");
        p.put("label-alone", i -> "第一章");
        p.put("parents", i -> i % 2 == 0 ? "某国：规则清晰" : "一、立法概况");
        p.put("markdown", i -> "#".repeat(i % 6 + 1) + " 标题");
        p.put("bylines", i -> "来源：新华社");
        p.put("headline-byline", i -> i % 2 == 0 ? "某某会议召开" : "来源：新华社");
        p.put("speakers", i -> i % 2 == 0 ? "张三：有请李四发言。" : "李四：谢谢张三，我讲三点意见。");
        p.put("page-breaks", i -> (i % 500 + 1) + "\f");
        p.put("running-header", i -> i % 2 == 0 ? "《数字法治评论》2024年第5期" : "正文。\f");
        p.put("watermark", i -> "内");
        p.put("editors-footers", i -> i % 2 == 0 ? "本栏编辑：张三" : "（某部供稿）");
        p.put("blank-runs", i -> i % 50 == 0 ? "标题" : "");
        return p;
    }

    /** About {@code bytes} of UTF-8 made of the pattern's lines. */
    public static String text(String pattern, int bytes) {
        IntFunction<String> line = PATTERNS.get(pattern);
        StringBuilder sb = new StringBuilder();
        long size = 0;
        for (int i = 0; size < bytes; i++) {
            String l = line.apply(i);
            sb.append(l).append('\n');
            size += l.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return sb.toString();
    }
}
