package lexcorpus.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.number.Numbers;

/**
 * The date a judgment was signed: the date standing alone on its line in the signature block at the end
 * (审判长 …, 审判员 …, 二〇一九年十二月二十日, 书记员 …), or, where the block was run into one line, the date between
 * the judges' names and the clerk's. Only a date with a judge's or clerk's line near it counts, so that the last
 * date of other texts is not taken. Stateless and thread-safe.
 */
public final class SigningDate {
    /** A line holding only a date, in Chinese numerals (二〇一九年十二月二十日) or digits. */
    private static final Pattern DATE = Pattern.compile(
            "^([〇○零一二三四五六七八九0-9]{4})年([一二三四五六七八九十0-9]{1,3})月([一二三四五六七八九十0-9]{1,3})日$");
    /** The opening words of the lines of a signature block. */
    private static final Pattern SIGNATURE = Pattern.compile("^(审判长|审判员|代理审判员|人民陪审员|陪审员|书记员|代书记员|法官助理|速录员|院长|庭长)");
    /** How far from the end a signature block is looked for, and how far a signature line may be from the date. */
    private static final int LAST_LINES = 60;
    private static final int NEAR = 6;

    private SigningDate() {
    }

    /**
     * The same block run into one line, as databases of judgments store them: a judge's title and name, the date,
     * then the clerk (审判长张某 审判员李某 二〇一四年七月三日 书记员王某).
     */
    private static final Pattern RUN_IN = Pattern.compile(
            "(?:审判长|审判员|人民陪审员|陪审员)[^。；\n]{1,40}?\s*([〇○零一二三四五六七八九0-9]{4})年([一二三四五六七八九十0-9]{1,3})月([一二三四五六七八九十0-9]{1,3})日\s*(?:书记员|代书记员|法官助理|速录员)");
    /** How many chars at the end of a text a run-in signature block is looked for in. */
    private static final int LAST_CHARS = 600;

    /** The signing date as YYYY-MM-DD, or null when the text ends in no signature block. */
    public static String find(String clean) {
        // only the lines the block can stand on, and those a signature line next to them may be on, are split
        int cut = clean.length();
        for (int k = 0; k < LAST_LINES + NEAR && cut >= 0; k++) {
            cut = clean.lastIndexOf('\n', cut - 1);
        }
        String[] lines = clean.substring(cut + 1).split("\n", -1);
        int from = Math.max(0, lines.length - LAST_LINES);
        for (int i = lines.length - 1; i >= from; i--) {
            String line = squeeze(lines[i]);
            Matcher m = DATE.matcher(line);
            if (!m.matches() || !signed(lines, i)) {
                continue;
            }
            return date(m);
        }
        Matcher m = RUN_IN.matcher(clean);
        m.region(Math.max(0, clean.length() - LAST_CHARS), clean.length());
        String found = null;
        while (m.find()) {
            found = date(m); // the last block, if the text holds more than one
        }
        return found;
    }

    /** Groups 1–3 of {@code m} (year, month, day) as YYYY-MM-DD; null when they are no date. */
    private static String date(Matcher m) {
        Integer y = year(m.group(1));
        Integer mo = Numbers.parseInt(m.group(2));
        Integer d = Numbers.parseInt(m.group(3));
        if (y == null || mo == null || d == null) {
            return null;
        }
        try {
            return LocalDate.of(y, mo, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A judge's or clerk's line within a few lines of line {@code at}. */
    private static boolean signed(String[] lines, int at) {
        for (int j = Math.max(0, at - NEAR); j < Math.min(lines.length, at + NEAR + 1); j++) {
            if (j != at && SIGNATURE.matcher(squeeze(lines[j])).find()) {
                return true;
            }
        }
        return false;
    }

    /** A year written digit by digit: 二〇一九, 2019. */
    private static Integer year(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Numbers.digit(s.charAt(i));
            if (d < 0) {
                return null;
            }
            y = y * 10 + d;
        }
        return y;
    }

    /** A line without its spaces (审\u3000判\u3000长 is spaced out for the layout). */
    private static String squeeze(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\u00A0' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
