package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** What an event report needs besides its text. */
@Embeddable
public class EventDetails {

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 32)
    private EventType type;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "venue", length = 300)
    private String venue;

    @Column(name = "district", length = 100)
    private String district;

    public EventDetails() {
    }

    public EventDetails(EventType type, LocalDate date, String venue, String district) {
        this.type = type;
        this.date = date;
        this.venue = venue;
        this.district = district;
    }

    public EventType getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getVenue() {
        return venue;
    }

    public String getDistrict() {
        return district;
    }
}
