package org.barta.content.web;

import java.io.Serializable;
import org.barta.content.ItemContent;
import org.barta.content.PressContact;

/** The item's contact block in the editor ("For more information"); the service checks phone and e-mail. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String phone;
    private String email;

    static ContactForm of(ItemContent content) {
        ContactForm form = new ContactForm();
        form.name = content.contact().name();
        form.phone = content.contact().phone();
        form.email = content.contact().email();
        return form;
    }

    PressContact content() {
        return new PressContact(name, phone, email);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
