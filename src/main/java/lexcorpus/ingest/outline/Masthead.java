package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Metadata;

/**
 * Reads what an issue says of itself on its cover or first lines: the publication's title (its lines joined, a
 * year in brackets kept, a version left out), the issue (第19期, 总第N期, 2025年第8期, No.8), the date, and who
 * publishes it (…主办, 编印, the organisations named on the cover, an organisation opening the title line). Where
 * the cover is silent it reads the front matter (由A和B共同主办, A与B合作) and the running headers
 * ({@code 《XX法治通讯》·2024 年第 5 期}). Thread-safe.
 */
final class Masthead {
    /** The metadata and the lines of the masthead it was read from (not headings). */
    record Read(Metadata metadata, List<Integer> lines) {
    }

    private static final int HEAD_LINES = 40;
    private static final int FRONT_LINES = 60;
    /** The opening lines, where a sponsor is named (欢迎出席由…主办的…). */
    private static final int OPENING_LINES = 12;
    /** How far into a preface its authors are looked for. */
    private static final int PREFACE_LINES = 40;
    private static final int LONG_LINE = 60;
    private static final int MAX_TITLE = 40;
    /** A title line this short may go on on the next line. */
    private static final int SHORT_TITLE = 20;
    /** Longer than this, a first line is not a title. */
    private static final int MAX_NAME = 80;

    private final Pattern issue;
    private final Pattern issueTotal;
    private final Pattern issueEnglish;
    private final Pattern issueInline;
    private final Pattern date;
    private final Pattern dateCn;
    private final Pattern titleYear;
    private final Pattern yearMonth;
    private final Pattern version;
    private final Pattern publisher;
    private final Pattern sponsored;
    private final Pattern cooperated;
    private final Pattern partySeparator;
    private final Pattern pageNumber;
    private final Pattern speakerField;
    private final Pattern prefaceTitle;
    private final Tables tables;

    Masthead(Tables tables) {
        this.tables = tables;
        issue = tables.pattern("issue");
        issueTotal = tables.pattern("issue_total");
        issueEnglish = tables.pattern("issue_english");
        issueInline = tables.pattern("issue_inline");
        date = tables.pattern("masthead_date");
        dateCn = tables.pattern("masthead_date_cn");
        titleYear = tables.pattern("title_year");
        yearMonth = tables.pattern("year_month");
        version = tables.pattern("version");
        publisher = tables.pattern("publisher");
        sponsored = tables.pattern("sponsored");
        cooperated = tables.pattern("cooperated");
        partySeparator = tables.pattern("party_separator");
        pageNumber = tables.pattern("page_number");
        speakerField = tables.pattern("title_field");
        prefaceTitle = tables.pattern("preface");
    }

    /** The masthead of {@code t}; {@code running} are its running headers and footers, read when the cover names no issue. */
    Read read(OutlineText t, List<Integer> running) {
        Title first = null; // the first title block: the publication's, unless an issue line names another
        Title current = null;
        Title title = null;
        Integer issueNo = null;
        Integer total = null;
        String when = null;
        String by = null;
        List<String> cover = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        boolean byLabel = false; // the line before was a publisher's label (编写单位：…) or an organisation under it
        int seen = 0;
        int n = t.size();
        for (int i = 0; i < n && seen < HEAD_LINES; i++) {
            t.visit();
            if (t.blank(i)) {
                if (current != null) {
                    current.closed = true; // a blank line ends a title block
                }
                continue;
            }
            if (t.page(i) > 0 && seen > 0) {
                break; // the cover is the first page
            }
            String c = t.clean(i).strip();
            if (c.length() <= 20 && pageNumber.matcher(c).matches()) {
                continue;
            }
            String s = markdownless(t.shown(i));
            if (s.isEmpty() || t.role(i) == OutlineText.CONTENTS || tables.contentsTitle(c) || Contents.isLink(s)) {
                break;
            }
            seen++;
            if (s.codePointCount(0, s.length()) == 1) {
                continue; // a watermark character
            }
            boolean underLabel = byLabel;
            byLabel = false;
            Matcher m;
            if (issueNo == null && s.length() <= 30 && ((m = issue.matcher(s)).matches() || (m = issueEnglish.matcher(s)).matches())) {
                issueNo = Numbers.parseInt(m.group("issue"));
                if (m.pattern() == issue && m.group("total") != null) {
                    total = Integer.parseInt(m.group("total"));
                }
                Matcher y = issueInline.matcher(s);
                if (when == null && y.find() && y.group("y") != null) {
                    when = y.group("y"); // 2024年第3期: the issue line dates the issue
                }
                title = current != null ? current : titleOfIssueLine(s, i); // the title stands right before the issue, or on its line
                used.add(i);
            } else if (total == null && (m = issueTotal.matcher(s)).matches()) {
                total = Integer.parseInt(m.group("total"));
                used.add(i);
            } else if (s.length() <= 50 && ((m = date.matcher(s)).matches() || (m = dateCn.matcher(s)).matches())) {
                if (when == null || when.length() < 7) {
                    when = m.pattern() == date ? date(m) : chineseDate(m);
                }
                used.add(i);
            } else if (by == null && s.length() <= 60 && (m = publisher.matcher(s)).matches()) {
                by = (m.group("p1") != null ? m.group("p1") : m.group("p2")).strip();
                used.add(i);
                byLabel = m.group("p1") != null;
            } else if (underLabel && cover(s)) {
                by = by + "、" + s; // 编写单位：A, then B alone on the next line: the label names both
                used.add(i);
                byLabel = true;
            } else if (version.matcher(c).matches()) {
                used.add(i);
            } else if ((m = titleYear.matcher(c)).matches() && current != null && !current.closed) {
                current.add(i, s);
                current.year = m.group("y");
            } else if (first != null && cover(s)) {
                cover.add(s);
                used.add(i);
            } else if ((issueNo == null || title == null) && titleLike(t, i, s, first == null)) {
                String field = labelled(s);
                if (current != null && !current.closed && field == null && current.goesOnWith(s)) {
                    current.add(i, s); // the next line of the same title
                } else {
                    current = new Title(i, field != null ? field : s);
                    current.closed = field != null;
                    if (first == null) {
                        first = current;
                    }
                    if (issueNo != null && title == null) {
                        title = current; // 2024年第3期 above the title
                    }
                }
            } else if (s.length() > LONG_LINE && (when != null || first != null || seen > 3)) {
                break;
            } else if (current != null) {
                current.closed = true;
            }
        }
        if (title == null) {
            title = first;
        }
        String name = title == null || title.text.length() > MAX_NAME ? null : title.text;
        if (name != null) {
            used.addAll(title.lines);
            if (when == null) {
                Matcher ym = yearMonth.matcher(name);
                when = ym.matches() ? ym.group("y") + "-" + ym.group("m") : title.year;
            }
        }
        if (by == null && !cover.isEmpty()) {
            by = String.join("、", new LinkedHashSet<>(cover));
        }
        if (by == null && name != null) {
            by = openingOrganisation(name);
        }
        if (by == null && title != null && title.lines.size() > 1 && cover(title.firstLine)) {
            by = title.firstLine; // 滨江市中级人民法院 over 知识产权司法保护白皮书
        }
        if (by == null) {
            by = front(t);
        }
        if (issueNo == null) {
            for (int r : running) {
                Matcher m = issueInline.matcher(t.shown(r));
                if (m.find()) {
                    issueNo = Numbers.parseInt(m.group("issue"));
                    if (when == null && m.group("y") != null) {
                        when = m.group("y");
                    }
                    if (name == null) {
                        name = bracketed(t.shown(r));
                    }
                    break;
                }
            }
        }
        used.sort(null);
        return new Read(new Metadata(name, issueNo, total, when, by), List.copyOf(used));
    }

    /** The name on an issue line: 《数字法治评论》2024年第5期, 数字经济法律资讯 第19期; null when it has none. */
    private Title titleOfIssueLine(String s, int line) {
        Matcher m = issueInline.matcher(s);
        String before = m.find() ? s.substring(0, m.start()) : "";
        String name = bracketed(before);
        if (name == null) {
            name = before.replaceAll("[《》·•|｜\\s]+$", "").strip();
        }
        return name.length() >= 2 ? new Title(line, name) : null;
    }

    /** A title block: lines next to each other that make one title (隐私计算 / 法律与合规研究白皮书 / （2021 年）). */
    private static final class Title {
        final List<Integer> lines = new ArrayList<>();
        final String firstLine;
        String text;
        String year;
        boolean closed;

        Title(int line, String s) {
            lines.add(line);
            firstLine = s;
            text = s;
        }

        void add(int line, String s) {
            lines.add(line);
            text = text + s;
        }

        /** A short title may go on on the next line; a long one, or a line that opens with a bracket, is a line of its own. */
        boolean goesOnWith(String s) {
            char c = s.charAt(0);
            return text.length() <= SHORT_TITLE && text.length() + s.length() <= MAX_TITLE && c != '（' && c != '(' && c != '【' && c != '['
                    && !letterSpaced(s);
        }

        /** 民 事 判 决 书: a line of its own (a document's kind), not the rest of a title. */
        private static boolean letterSpaced(String s) {
            int spaces = 0;
            for (int k = 0; k < s.length(); k++) {
                spaces += OutlineText.isSpace(s.charAt(k)) ? 1 : 0;
            }
            return s.length() >= 5 && spaces * 2 >= s.length() - 1;
        }
    }

    /** A line that can be (part of) the publication's title: not a sentence, a box's title, a front-matter title (编写说明), a numbered heading, a field or the headline of a piece. */
    private boolean titleLike(OutlineText t, int i, String s, boolean firstLine) {
        if (s.length() > (firstLine ? MAX_NAME : MAX_TITLE + 10) || s.endsWith("。") || s.endsWith("；")) {
            return false;
        }
        if (tables.boxTitles.contains(OutlineText.key(s).toLowerCase(Locale.ROOT)) || tables.byline(s)
                || tables.numbering.parse(s) != null || tables.frontMatter.contains(t.key(i))) {
            return false;
        }
        int colon = Math.max(s.indexOf('：'), s.indexOf(':'));
        if (colon > 0 && labelled(s) == null && tables.notSpeakers.contains(s.substring(0, colon).strip())) {
            return false; // a field such as 地点：…
        }
        int next = t.next(i);
        return next >= t.size() || !tables.byline(t.clean(next));
    }

    /** The value of a labelled title line (主题：…), or null. */
    private String labelled(String s) {
        Matcher m = speakerField.matcher(s);
        return m.lookingAt() ? s.substring(m.end()).strip() : null;
    }

    /** An organisation named on the cover under the title, alone on its line. */
    private boolean cover(String s) {
        return s.length() <= 30 && s.indexOf(' ') < 0 && s.indexOf('：') < 0 && s.indexOf(':') < 0 && tables.organisation(s);
    }

    /** The organisation a title line opens with, before a space: 北京互联网法院 服务保障…白皮书. */
    private String openingOrganisation(String title) {
        int space = title.indexOf(' ');
        if (space < 0) {
            space = title.indexOf('\u3000');
        }
        if (space <= 0) {
            return null;
        }
        String first = title.substring(0, space);
        return tables.organisation(first) ? first : null;
    }

    /**
     * Who the front matter says holds the text: the opening lines ({@code 欢迎出席由A和B共同主办的…}) or a
     * preface ({@code A与B合作，共同梳理…}).
     */
    private String front(OutlineText t) {
        int seen = 0;
        int preface = -1;
        for (int i = 0; i < t.size() && seen < FRONT_LINES; i++) {
            t.visit();
            if (t.blank(i)) {
                continue;
            }
            seen++;
            String c = t.clean(i);
            if (c.length() <= 10 && prefaceTitle.matcher(t.key(i)).matches()) {
                preface = seen;
                continue;
            }
            Matcher m = sponsored.matcher(c);
            if (seen <= OPENING_LINES && c.indexOf('办') >= 0 && m.find()) {
                String parties = parties(m.group("orgs"));
                if (parties != null) {
                    return parties;
                }
            }
            m = cooperated.matcher(c);
            if (preface >= 0 && seen - preface <= PREFACE_LINES && c.indexOf('合') >= 0 && m.find()) {
                return m.group("a") + "、" + m.group("b");
            }
        }
        return null;
    }

    private String parties(String orgs) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : partySeparator.split(orgs)) {
            String s = p.strip();
            if (s.length() < 2) {
                return null;
            }
            out.add(s);
        }
        return out.isEmpty() ? null : String.join("、", out);
    }

    /** The name inside 《》 of a running header, or null. */
    private static String bracketed(String s) {
        int open = s.indexOf('《');
        int close = s.indexOf('》', open + 1);
        return open >= 0 && close > open + 1 ? s.substring(open + 1, close) : null;
    }

    private static String markdownless(String s) {
        return s.startsWith("#") ? Articles.markdownTitle(s) : s;
    }

    /** 二〇二四年四月 → 2024-04. */
    private static String chineseDate(Matcher m) {
        StringBuilder y = new StringBuilder();
        for (char c : m.group("y").toCharArray()) {
            y.append(Numbers.digit(c));
        }
        if (m.group("m") == null) {
            return y.toString();
        }
        Integer month = Numbers.parseInt(m.group("m"));
        if (month == null || month < 1 || month > 12) {
            return y.toString();
        }
        String ym = y + "-" + Numbers.padded(month, 2);
        Integer day = m.group("d") == null ? null : Numbers.parseInt(m.group("d"));
        return day == null || day < 1 || day > 31 ? ym : ym + "-" + Numbers.padded(day, 2);
    }

    private static String date(Matcher m) {
        String y = m.group("y");
        String mo = m.group("m") != null ? m.group("m") : m.group("m2");
        String d = m.group("d") != null ? m.group("d") : m.group("d2");
        if (mo == null) {
            return y;
        }
        int month = Integer.parseInt(mo);
        if (month < 1 || month > 12) {
            return y;
        }
        if (d == null) {
            return y + "-" + Numbers.padded(month, 2);
        }
        return y + "-" + Numbers.padded(month, 2) + "-" + Numbers.padded(Integer.parseInt(d), 2);
    }
}
