package lexcorpus.extract.date;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.Resources;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.DateValue;

/**
 * Gives each date read by the grammar the parts it leaves out, in reading order: from a word before it (今年,
 * 次年, 同年 …, {@code date/year_words.tsv}; the word stays outside the span), from the date it continues in a list
 * or range, from the nearest earlier full date, else from the document's own date; never from the system clock.
 * A day written alone ({@code 13日}) is kept only where context makes it a date: it continues a date, follows a
 * word that fixes its month ({@code date/day_words.tsv}), opens a clause, or stands as the time of one, right before
 * a time of day or the clause's verb ({@code date/day_followers.tsv}: 局13日发布, 委员会7日决定). A word of the
 * document's present (今年, 去年) in a text without its own date counts from the nearest earlier full date.
 * Thread-safe: tables are loaded once.
 */
final class DateResolver {
    private static final String DIR = "/lexcorpus/date/";
    /** The longest connective between two dates of one list or range (、, 至, 和; 份至, 中旬至). */
    private static final int MAX_CONTINUATION = 4;

    private final Map<String, String> yearWords;
    private final List<String> dayWords;
    private final List<String> dayFollowers;
    private final String continuation;
    private final String clause;
    private final String suffixes;

    DateResolver(String marks) {
        yearWords = Resources.map(DIR + "year_words.tsv");
        dayWords = Resources.list(DIR + "day_words.tsv");
        dayFollowers = Resources.list(DIR + "day_followers.tsv");
        continuation = marks + "，";
        Map<String, String> table = Resources.map(DIR + "marks.tsv");
        clause = table.get("clause");
        suffixes = table.get("suffix");
    }

    List<Candidate> resolve(String s, List<DateGrammar.Reading> raws, int docYear) {
        List<Candidate> out = new ArrayList<>(raws.size());
        int fullYear = 0;           // year of the nearest earlier full date (y, m, d all written)
        int statedYear = 0;         // year of the nearest earlier date that states one
        int monthYear = 0;          // year and month of the nearest earlier date naming a month
        int monthMonth = 0;
        int prevEnd = -1;
        int prevYear = 0;
        int prevMonth = 0;
        for (DateGrammar.Reading raw : raws) {
            boolean continues = prevEnd >= 0 && raw.start() > prevEnd && raw.start() - prevEnd <= MAX_CONTINUATION
                    && onlyMarks(s, prevEnd, raw.start());
            int year = raw.year();
            int month = raw.month();
            boolean yearInferred = false;
            boolean monthInferred = false;
            if (raw.month() == 0 && raw.day() > 0) {
                // a day alone: after a date it continues, a word that fixes the month, or where a clause opens
                if (continues && prevMonth > 0) {
                    year = prevYear;
                    month = prevMonth;
                } else if ((precededBy(s, raw.start(), dayWords) != null || opensClause(s, raw.start())
                        || timeOfClause(s, raw.start(), raw.end())) && monthMonth > 0) {
                    year = monthYear;
                    month = monthMonth;
                } else {
                    continue;
                }
                yearInferred = true;
                monthInferred = true;
            } else if (year == 0) {
                String word = precededBy(s, raw.start(), yearWords.keySet());
                if (word == null && raw.start() > 0 && s.charAt(raw.start() - 1) == '年') {
                    continue; // “年5月”: the year is there but cannot be read
                }
                if (word != null) {
                    year = yearFromWord(yearWords.get(word), docYear > 0 ? docYear : fullYear, prevYear, statedYear);
                } else if (continues && prevYear > 0) {
                    year = prevYear;
                } else if (fullYear > 0) {
                    year = fullYear;
                } else {
                    year = docYear;
                }
                if (year == 0) {
                    continue; // no year anywhere: not guessed
                }
                yearInferred = true;
                if (month == 2 && raw.day() == 29 && !Year.isLeap(year)) {
                    year = previousLeapYear(year); // 2月29日 in a year without one: the nearest earlier year that has it
                }
            }
            if (!valid(year, month, raw.day())) {
                continue;
            }
            if (!yearInferred) {
                statedYear = year;
                if (raw.day() > 0) {
                    fullYear = year;
                }
            }
            if (month > 0) {
                monthYear = year;
                monthMonth = month;
            }
            prevEnd = raw.end();
            prevYear = year;
            prevMonth = month;
            out.add(new Candidate(Entity.DATE, raw.start(), raw.end(), value(year, month, raw.day(), yearInferred, monthInferred)));
        }
        return out;
    }

    /**
     * Whether [from, to) holds words that may close a date (份, 底, 中旬) and then only list and range marks (or a
     * comma): one date continues the one before ({@code 3月份至5月份}).
     */
    private boolean onlyMarks(String s, int from, int to) {
        int i = from;
        while (i < to && suffixes.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == to) {
            return false;
        }
        for (; i < to; i++) {
            if (continuation.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A clause or bracket opens right before {@code at}, or a line starts there. */
    private boolean opensClause(String s, int at) {
        return at == 0 || s.charAt(at - 1) == '\n' || clause.indexOf(s.charAt(at - 1)) >= 0;
    }

    /**
     * A day right before a time of day or a verb that it dates ({@code date/day_followers.tsv}), not after 月 (每月15日
     * is any month's) nor glued to a number.
     */
    private boolean timeOfClause(String s, int start, int end) {
        if (start > 0 && (s.charAt(start - 1) == '月' || Character.isDigit(s.charAt(start - 1)))) {
            return false;
        }
        for (String w : dayFollowers) {
            if (s.startsWith(w, end)) {
                return true;
            }
        }
        return false;
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

    private static int previousLeapYear(int year) {
        int y = year - 1;
        while (!Year.isLeap(y)) {
            y--;
        }
        return y;
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
