package org.barta.publicweb;

import java.util.List;
import org.barta.content.Language;

/**
 * The mailing lists anyone may join from the site's sign-up form: the site asks for them through this interface,
 * which the newsletter implements, so that neither feature imports the other.
 */
public interface PublicLists {

    /** Every public list, the newsletter first. */
    List<PublicList> publicLists();

    /** One list as the sign-up form offers it: the code the form posts and its name in both languages. */
    record PublicList(String code, String nameEn, String nameBn) {

        public String name(Language language) {
            return language == Language.BN ? nameBn : nameEn;
        }
    }
}
