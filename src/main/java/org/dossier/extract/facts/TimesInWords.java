package org.dossier.extract.facts;

import org.dossier.lang.Words;
import org.dossier.nlp.ParsedText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates and relative times in a language without SUTime (Russian, Ukrainian, Bulgarian), from the
 * language's word lists, normalised against the publication date as SUTime does for English:
 * <ul>
 *   <li>a day and month, with or without a year: {@code 12 марта 2019 года} -> 2019-03-12,
 *       {@code 5 квітня} -> the publication year's April 5th;</li>
 *   <li>a month, after a preposition or before a year: {@code в апреле} -> 2025-04, {@code през
 *       май 2019 г.} -> 2019-05;</li>
 *   <li>a year with its word: {@code в 2014 году}, {@code у 2014 році}, {@code през 2014 г.};</li>
 *   <li>relative times ({@code relative-times}): {@code в прошлом году} -> the year before,
 *       {@code миналата седмица} -> the week before, {@code вчера} -> the day before, and
 *       weekdays ({@code в понедельник}) -> the last such day up to the publication date.</li>
 * </ul>
 * Without a publication date, times that need one get no value.
 */
public final class TimesInWords {
    private final Map<String, String> months, relative, weekdays;
    private final Set<String> yearWords, before;

    private TimesInWords(Words words) {
        months = words.map("months");
        relative = words.map("relative-times");
        weekdays = words.map("weekdays");
        yearWords = words.set("year-words");
        before = words.set("time-prepositions");
    }

    /** The rules of the language with this code, reading its word lists. */
    public static TimesInWords of(String language) {
        return new TimesInWords(Words.of(language));
    }

    /**
     * The times of a text, in text order.
     *
     * @param published the publication date (YYYY-MM-DD), or null
     */
    public List<FoundFacts.Time> extract(ParsedText doc, String published) {
        LocalDate date = parse(published);
        List<FoundFacts.Time> out = new ArrayList<>();
        int n = doc.tokens().size();
        for (int i = 0; i < n; ) {
            int end = relativeAt(doc, i);
            if (end > i) {
                out.add(new FoundFacts.Time(i, end, relativeValue(phrase(doc, i, end), date), null));
                i = end;
                continue;
            }
            String word = lower(doc, i);
            String month = i + 1 < n ? monthOf(lower(doc, i + 1)) : null;
            if (isNumber(word, 1, 31) && month != null) {  // 12 марта [2019 года]
                int j = i + 2;
                String year = j < n && isNumber(lower(doc, j), 1000, 2999) ? lower(doc, j++) : null;
                if (year != null && j < n && yearWords.contains(lower(doc, j))) j++;
                String y = year != null ? year : date == null ? null : String.valueOf(date.getYear());
                out.add(new FoundFacts.Time(i, j, y == null ? null : y + "-" + month + "-" + String.format("%02d", Integer.parseInt(word)), null));
                i = j;
                continue;
            }
            month = monthOf(word);
            if (month != null && (i > 0 && before.contains(lower(doc, i - 1)) || i + 1 < n && isNumber(lower(doc, i + 1), 1000, 2999))) {
                int j = i + 1;  // в апреле [2019 года]
                String year = j < n && isNumber(lower(doc, j), 1000, 2999) ? lower(doc, j++) : null;
                if (year != null && j < n && yearWords.contains(lower(doc, j))) j++;
                String y = year != null ? year : date == null ? null : String.valueOf(date.getYear());
                out.add(new FoundFacts.Time(i, j, y == null ? null : y + "-" + month, null));
                i = j;
                continue;
            }
            if (isNumber(word, 1000, 2999) && i + 1 < n && yearWords.contains(lower(doc, i + 1))) {  // в 2014 году
                out.add(new FoundFacts.Time(i, i + 2, word, null));
                i += 2;
                continue;
            }
            String weekday = weekdays.get(word);
            if (weekday != null && i > 0 && before.contains(lower(doc, i - 1))) {  // в понедельник
                LocalDate day = date == null ? null : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(weekday))));
                out.add(new FoundFacts.Time(i, i + 1, day == null ? null : day.toString(), null));
            }
            i++;
        }
        return out;
    }

    /** The end of the longest relative time that starts at token {@code i}, or {@code i}. */
    private int relativeAt(ParsedText doc, int i) {
        int best = i;
        for (String p : relative.keySet()) {
            String[] w = p.split(" ");
            if (i + w.length > doc.tokens().size() || i + w.length <= best) continue;
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) match = lower(doc, i + k).equals(w[k]);
            if (match) best = i + w.length;
        }
        return best;
    }

    /** The value of a relative time: an offset of years (Y), months (M), weeks (W) or days (D) from the publication date. */
    private String relativeValue(String phrase, LocalDate date) {
        if (date == null) return null;
        String offset = relative.get(phrase);
        int amount = Integer.parseInt(offset.substring(0, offset.length() - 1));
        return switch (offset.charAt(offset.length() - 1)) {
            case 'Y' -> String.valueOf(date.getYear() + amount);
            case 'M' -> date.plusMonths(amount).toString().substring(0, 7);
            case 'W' -> {
                LocalDate d = date.plusWeeks(amount);
                yield d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            default -> date.plusDays(amount).toString();
        };
    }

    /** The month ("03") a word names: a word of the list, or a word a stem of it ("март*") begins: "марта", "квітні". */
    private String monthOf(String word) {
        return Words.byStem(months, word);
    }

    private static boolean isNumber(String word, int min, int max) {
        if (word.isEmpty() || word.length() > 4 || !word.chars().allMatch(Character::isDigit)) return false;
        int v = Integer.parseInt(word);
        return v >= min && v <= max;
    }

    private static String phrase(ParsedText doc, int from, int to) {
        List<String> w = new ArrayList<>();
        for (int t = from; t < to; t++) w.add(lower(doc, t));
        return String.join(" ", w);
    }

    private static String lower(ParsedText doc, int t) {
        return doc.token(t).text().toLowerCase(Locale.ROOT);
    }

    private static LocalDate parse(String published) {
        try {
            return published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
