package org.barta.content.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.barta.content.EventType;
import org.barta.content.ItemContent;

/** An event report's own fields in the item editor. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EventType type;
    private LocalDate date;
    private String venue;
    private String district;

    static EventForm of(ItemContent content) {
        EventForm form = new EventForm();
        form.type = content.eventType();
        form.date = content.eventDate();
        form.venue = content.venue();
        form.district = content.district();
        return form;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
