package org.barta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * An editor signed in over HTTP, using the item editor as a browser does: each form submitted whole, with its
 * view state. For tests that need published content on a server of their own.
 */
public final class EditorSession {

    private final WebClient client;

    private EditorSession(WebClient client) {
        this.client = client;
    }

    public static EditorSession signIn(WebClient client, String username, String password) throws Exception {
        HttpResponse<String> signIn = client.submit("/login", "login",
                Map.of("username", username, "password", password), "submit");
        assertThat(signIn.statusCode()).as("sign-in at " + client.resolve("/login")).isEqualTo(302);
        return new EditorSession(client);
    }

    /**
     * A new press statement saved through the item editor; its id. {@code fields} by their ids in the editor's
     * form, e.g. {@code languages:title_en}, {@code languages:body_bn_input}.
     */
    public long createPressStatement(Map<String, String> fields) throws Exception {
        return savedItem(fillPressStatement(fields).send());
    }

    /** The item editor of a new press statement filled in with {@code fields}, its save button not yet pressed. */
    public WebClient.FilledForm fillPressStatement(Map<String, String> fields) throws Exception {
        return client.fillForm("/admin/item?kind=PRESS_STATEMENT", "editor", fields, "[id=editor:save]");
    }

    /** The id of the item a press of the editor's save button saved. */
    public static long savedItem(HttpResponse<String> saved) {
        assertThat(saved.statusCode()).as("saved: " + saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("where the save led").contains("/admin/item?");
        return Long.parseLong(location.substring(location.indexOf("id=") + 3));
    }

    /** Presses a workflow button of the item: PUBLISH, UNPUBLISH and so on. */
    public void press(long item, String action) throws Exception {
        HttpResponse<String> done = client.submitForm("/admin/item?id=" + item, "editor", Map.of(),
                ".workflow-" + action);
        assertThat(done.statusCode()).as(action + ": " + done.body()).isIn(200, 302, 303);
    }
}
