package org.barta.content;

/** The kinds of event the media unit reports on. */
public enum EventType {
    PRESS_CONFERENCE, JOURNALIST_WORKSHOP, STUDY_CIRCLE, DAY_OBSERVATION, REPORT_LAUNCH, TRAINING, OTHER
}
