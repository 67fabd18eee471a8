package lexcorpus.extract.date;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.DateValue;

/**
 * Finds calendar dates, months and years, and resolves the ones written without a year (or month)
 * from context: a list they continue, a word before them (今年, 次年, 同年 …), the nearest earlier full
 * date, else the document's own date. Thread-safe: patterns and tables are loaded once.
 */
public final class DateExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/date/";
    /** The longest connective between two dates of one list or range (、, 至, 和). */
    private static final int MAX_CONTINUATION = 2;
    /** Every date holds 年, 月, 日, 号 or a separator within this many chars of its start. */
    private static final int WINDOW = 12;
    private final Pattern pattern;
    private final Map<String, String> yearWords;
    private final List<String> dayWords;
    private final Pattern continuation;

    public DateExtractor() {
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv");
        pattern = Pattern.compile(String.join("|", p.get("year_date"), p.get("numeric_date"), p.get("range_year"),
                p.get("month_date"), p.get("bare_day"), p.get("bare_month")));
        continuation = Pattern.compile("(?:" + p.get("list_mark") + "|" + p.get("range_mark") + "|，)");
        yearWords = Resources.map(DIR + "year_words.tsv");
        dayWords = Resources.list(DIR + "day_words.tsv");
    }

    @Override
    public String type() {
        return Entity.DATE;
    }

    /** A date as read, before inference: 0 for a part not written. */
    private record Raw(int start, int end, int year, int month, int day, boolean bare) {
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        List<Raw> raws = new ArrayList<>();
        Scan.eachAtNumber(pattern, s, "年月日号-/.", WINDOW, m -> {
            Raw raw = read(m);
            if (raw != null) {
                raws.add(raw);
            }
        });
        // context carried through the document, in reading order
        int fullYear = 0;           // year of the nearest earlier full date (y, m, d all written)
        int statedYear = 0;         // year of the nearest earlier date that states one
        int monthYear = 0;          // year and month of the nearest earlier date naming a month
        int monthMonth = 0;
        int prevEnd = -1;
        int prevYear = 0;
        int prevMonth = 0;
        for (Raw raw : raws) {
            boolean continues = prevEnd >= 0 && raw.start - prevEnd <= MAX_CONTINUATION
                    && continuation.matcher(s).region(prevEnd, raw.start).matches();
            int year = raw.year;
            int month = raw.month;
            boolean yearInferred = false;
            boolean monthInferred = false;
            if (raw.month == 0 && raw.day > 0) {
                // a bare day: only after a date it continues or a word that fixes the month
                if (continues && prevMonth > 0) {
                    year = prevYear;
                    month = prevMonth;
                } else if (precededBy(s, raw.start, dayWords) != null && monthMonth > 0) {
                    year = monthYear;
                    month = monthMonth;
                } else {
                    continue;
                }
                yearInferred = true;
                monthInferred = true;
            } else if (raw.bare) {
                if (!continues || prevYear == 0) {
                    continue;
                }
                year = prevYear;
                yearInferred = true;
            } else if (year == 0) {
                String word = precededBy(s, raw.start, yearWords.keySet());
                if (word == null && raw.start > 0 && s.charAt(raw.start - 1) == '年') {
                    continue; // “年5月”: the year is there but cannot be read
                }
                if (word != null) {
                    year = yearFromWord(yearWords.get(word), ctx.docYear(), prevYear, statedYear);
                } else if (continues && prevYear > 0) {
                    year = prevYear;
                } else if (fullYear > 0) {
                    year = fullYear;
                } else {
                    year = ctx.docYear();
                }
                if (year == 0) {
                    continue; // no year anywhere: not guessed, and never from the clock
                }
                yearInferred = true;
            }
            if (!valid(year, month, raw.day)) {
                continue;
            }
            if (!yearInferred) {
                statedYear = year;
                if (raw.day > 0) {
                    fullYear = year;
                }
            }
            if (month > 0) {
                monthYear = year;
                monthMonth = month;
            }
            prevEnd = raw.end;
            prevYear = year;
            prevMonth = month;
            out.add(new Candidate(Entity.DATE, raw.start, raw.end, value(year, month, raw.day, yearInferred, monthInferred)));
        }
        return out;
    }

    private static Raw read(Matcher m) {
        if (m.group("y") != null) {
            return new Raw(m.start(), m.end(), Integer.parseInt(m.group("y")), num(m.group("m")), num(m.group("d")), false);
        }
        if (m.group("hy") != null) {
            return new Raw(m.start(), m.end(), Numbers.parse(m.group("hy")).intValue(), num(m.group("hm")), num(m.group("hd")), false);
        }
        if (m.group("iy") != null) {
            return new Raw(m.start(), m.end(), Integer.parseInt(m.group("iy")), num(m.group("im")), num(m.group("id")), false);
        }
        if (m.group("ry") != null) {
            return new Raw(m.start(), m.end(), Integer.parseInt(m.group("ry")), 0, 0, false);
        }
        if (m.group("mm") != null) {
            return new Raw(m.start(), m.end(), 0, num(m.group("mm")), num(m.group("md")), false);
        }
        if (m.group("bd") != null) {
            return new Raw(m.start(), m.end(), 0, 0, num(m.group("bd")), true);
        }
        if (m.group("bm") != null) {
            return new Raw(m.start(), m.end(), 0, num(m.group("bm")), 0, true);
        }
        return null;
    }

    private static int num(String g) {
        if (g == null) {
            return 0;
        }
        Integer v = Numbers.parseInt(g);
        return v == null ? 0 : v;
    }

    private static String precededBy(String s, int at, Iterable<String> words) {
        for (String w : words) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static int yearFromWord(String rule, int docYear, int prevYear, int statedYear) {
        if (rule.equals("stated")) {
            return statedYear;
        }
        int base = rule.startsWith("doc") ? docYear : prevYear;
        if (base == 0) {
            return 0;
        }
        return base + Integer.parseInt(rule.substring(rule.startsWith("doc") ? 3 : 4).replace("+", ""));
    }

    private static boolean valid(int year, int month, int day) {
        if (year < 1000 || year > 2999 || month > 12 || (day > 0 && month == 0)) {
            return false;
        }
        return day == 0 || day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static DateValue value(int y, int m, int d, boolean yearInferred, boolean monthInferred) {
        String date;
        String granularity;
        if (d > 0) {
            date = Numbers.padded(y, 4) + "-" + Numbers.padded(m, 2) + "-" + Numbers.padded(d, 2);
            granularity = "day";
        } else if (m > 0) {
            date = Numbers.padded(y, 4) + "-" + Numbers.padded(m, 2);
            granularity = "month";
        } else {
            date = Numbers.padded(y, 4);
            granularity = "year";
        }
        return new DateValue(date, granularity, yearInferred ? Boolean.TRUE : null, monthInferred ? Boolean.TRUE : null);
    }
}
