package org.barta.newsletter.compose;

/** One published item in an edition; the date is already formatted in the language (Bangla digits on Bangla). */
public record EditionEntry(String title, String summary, String url, String date) {
}
