package org.barta.content;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Stores an {@link ItemContent} in a revision as JSON (JSON-B, shipped by the server). */
final class RevisionJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private RevisionJson() {
    }

    static String write(ItemContent content) {
        return JSONB.toJson(content);
    }

    static ItemContent read(String json) {
        return JSONB.fromJson(json, ItemContent.class);
    }
}
