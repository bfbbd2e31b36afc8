package org.barta.publicweb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;
import org.barta.content.Language;
import org.barta.platform.web.EditorTime;

/** Dates as readers of each language expect them: "24 November 2026", or "২৪ নভেম্বর ২০২৬" with Bangla digits. */
@Named("dates")
@ApplicationScoped
public class LocalizedDates {

    private static final Locale BANGLA = Locale.forLanguageTag("bn-BD-u-nu-beng");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter BANGLA_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", BANGLA)
            .withDecimalStyle(DecimalStyle.of(BANGLA));
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter BANGLA_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", BANGLA)
            .withDecimalStyle(DecimalStyle.of(BANGLA));
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.UK);
    private static final DateTimeFormatter BANGLA_MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", BANGLA)
            .withDecimalStyle(DecimalStyle.of(BANGLA));

    public String format(Instant instant, Language language) {
        return dayOf(instant, language);
    }

    /** The day of an instant in the editors' time zone. */
    public static String dayOf(Instant instant, Language language) {
        return instant == null ? "" : day(instant.atZone(EditorTime.zone()).toLocalDate(), language);
    }

    public static String day(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return (language == Language.BN ? BANGLA_DATE : ENGLISH_DATE).format(date);
    }

    /** A day and time in the given zone: "5 December 2026, 10:00", "৫ ডিসেম্বর ২০২৬, ১০:০০". */
    public static String dateTime(Instant instant, ZoneId zone, Language language) {
        return (language == Language.BN ? BANGLA_DATE_TIME : ENGLISH_DATE_TIME).format(instant.atZone(zone));
    }

    /** A month as a title: "November 2026", "নভেম্বর ২০২৬". */
    public String month(YearMonth month, Language language) {
        return (language == Language.BN ? BANGLA_MONTH : ENGLISH_MONTH).format(month);
    }

    /** Numbers (page numbers, years) in the page's digits. */
    public String number(long value, Language language) {
        return digits(value, language);
    }

    public static String digits(long value, Language language) {
        String digits = Long.toString(value);
        if (language != Language.BN) {
            return digits;
        }
        StringBuilder bangla = new StringBuilder();
        digits.chars().forEach(c -> bangla.append(Character.isDigit(c) ? (char) ('\u09E6' + (c - '0')) : (char) c));
        return bangla.toString();
    }
}
