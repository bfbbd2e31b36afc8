package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import org.barta.platform.web.EditorTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When editions are drafted and sent, and what every edition says about the organisation. */
@ApplicationScoped
public class NewsletterSettings {

    @Inject
    @ConfigProperty(name = "barta.newsletter.draft-day", defaultValue = "25")
    int draftDay;

    @Inject
    @ConfigProperty(name = "barta.newsletter.send-day", defaultValue = "1")
    int sendDay;

    @Inject
    @ConfigProperty(name = "barta.newsletter.send-time", defaultValue = "10:00")
    String sendTime;

    @Inject
    @ConfigProperty(name = "barta.organisation.name", defaultValue = "Barta")
    String organisationName;

    @Inject
    @ConfigProperty(name = "barta.organisation.address", defaultValue = "Dhaka, Bangladesh")
    String organisationAddress;

    /** Day of the month (1–28) on which next month's edition is drafted. */
    public int draftDay() {
        return Math.max(1, Math.min(28, draftDay));
    }

    /** When an edition for this month goes out by default, in the editors' time zone. */
    public Instant defaultSendAt(YearMonth month) {
        return EditorTime.toInstant(month.atDay(Math.max(1, Math.min(28, sendDay))).atTime(LocalTime.parse(sendTime)));
    }

    public String organisationName() {
        return organisationName;
    }

    public String organisationAddress() {
        return organisationAddress;
    }
}
