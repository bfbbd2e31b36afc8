package org.barta.testing;

import java.io.IOException;

/** Client side of {@link ProofAgeing}: a signed-in client's session is made to need a new proof of identity. */
public final class StaleProof {

    private StaleProof() {
    }

    public static void of(WebClient client) throws IOException, InterruptedException {
        int status = client.send("POST", ProofAgeing.PATH + "?minutes=60", null).statusCode();
        if (status != 204) {
            throw new AssertionError("The proof was not aged: " + status);
        }
    }
}
