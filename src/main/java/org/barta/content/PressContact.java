package org.barta.content;

/**
 * Whom journalists call about an item: "For more information: name, phone, e-mail". Any part may be missing; the
 * service checks the phone and e-mail before an item is saved.
 */
public record PressContact(String name, String phone, String email) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 50;

    /** No contact given. */
    public static final PressContact NONE = new PressContact(null, null, null);

    public boolean isEmpty() {
        return name == null && phone == null && email == null;
    }
}
