package org.barta.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Times as editors read and type them: in the organisation's zone ({@code BARTA_TIMEZONE}, default Asia/Dhaka),
 * whatever the server's zone. The database keeps UTC.
 */
@Named("editorTime")
@ApplicationScoped
public class EditorTime {

    private static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("barta.timezone", String.class).orElse("Asia/Dhaka"));
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static ZoneId zone() {
        return ZONE;
    }

    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZONE));
    }
}
