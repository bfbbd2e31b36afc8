package org.barta.newsletter;

/** What an editor states about the consent of the addresses they add or import. */
public enum ConsentMode {
    /** They already confirmed their subscription elsewhere: subscribed at once, the editor's word recorded. */
    HAVE_CONSENT,
    /** Each address gets a confirmation mail and stays pending until it confirms. */
    SEND_CONFIRMATION
}
