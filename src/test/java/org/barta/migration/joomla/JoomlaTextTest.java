package org.barta.migration.joomla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.barta.migration.ImportNote;
import org.barta.migration.ImportNote.Kind;
import org.junit.jupiter.api.Test;

class JoomlaTextTest {

    private static final String CLOAK_3 = "<span id=\"cloak0a1b2c\">This email address is being protected from"
            + " spambots. You need JavaScript enabled to view it.</span><script type='text/javascript'>\n //<!--\n"
            + " document.getElementById('cloak0a1b2c').innerHTML = '';\n var prefix = '&#109;a' + 'i&#108;' +"
            + " '&#116;o';\n var path = 'hr' + 'ef' + '=';\n var addy0a1b2c = 'inf&#111;' + '&#64;';\n"
            + " addy0a1b2c = addy0a1b2c + '&#101;x&#97;mple' + '&#46;' + 'org';\n var addy_text0a1b2c = 'Write to"
            + " us';document.getElementById('cloak0a1b2c').innerHTML += '<a ' + path + '\\'' + prefix + ':' +"
            + " addy0a1b2c + '\\'>'+addy_text0a1b2c+'<\\/a>';\n //-->\n </script>";

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void introAndFullTextAreJoinedAndTheIntroBecomesTheSummary() {
        JoomlaText.Cleaned text = JoomlaText.clean("<p>The <b>intro</b>.</p>", "<p>The rest.</p>");
        assertThat(text.body()).isEqualTo("<p>The <b>intro</b>.</p><p>The rest.</p>");
        assertThat(text.summary()).isEqualTo("The intro.");
        assertThat(text.notes()).isEmpty();
    }

    @Test
    void anIntroAloneIsTheBodyWithoutSummaryAndTheReadMoreMarkerGoes() {
        JoomlaText.Cleaned text = JoomlaText.clean("<p>One.</p><hr id=\"system-readmore\" /><p>Two.</p>", "");
        assertThat(text.body()).isEqualTo("<p>One.</p><p>Two.</p>");
        assertThat(text.summary()).isNull();
    }

    @Test
    void joomla3CloakingBecomesThePlainAddress() {
        JoomlaText.Cleaned text = JoomlaText.clean("<p>Mail " + CLOAK_3 + " today.</p>", "");
        assertThat(text.body()).isEqualTo("<p>Mail <a href=\"mailto:info@example.org\">Write to us</a> today.</p>");
        assertThat(text.notes()).containsExactly(new ImportNote(Kind.CLOAKED_ADDRESSES, "1"));
    }

    @Test
    void joomla4HiddenMailBecomesThePlainAddress() {
        String hidden = "<joomla-hidden-mail is-link=\"1\" is-email=\"1\" first=\"" + b64("press") + "\" last=\""
                + b64("example.org") + "\" text=\"" + b64("Press desk") + "\" base=\"\">This email address is being"
                + " protected from spambots.</joomla-hidden-mail>";
        JoomlaText.Cleaned text = JoomlaText.clean("<p>" + hidden + " and " + hidden + "</p>", "");
        assertThat(text.body()).isEqualTo("<p><a href=\"mailto:press@example.org\">Press desk</a> and"
                + " <a href=\"mailto:press@example.org\">Press desk</a></p>");
        assertThat(text.notes()).containsExactly(new ImportNote(Kind.CLOAKED_ADDRESSES, "2"));
    }

    @Test
    void aCloakWithoutItsScriptIsRemovedAndReported() {
        JoomlaText.Cleaned text = JoomlaText.clean("<p>Write to <span id=\"cloak99\">This email address is being"
                + " protected from spambots.</span>.</p>", "");
        assertThat(text.body()).isEqualTo("<p>Write to .</p>");
        assertThat(text.notes()).containsExactly(new ImportNote(Kind.CLOAK_UNREADABLE, "1"));
    }

    @Test
    void pluginTagsAreRemovedAndNamed() {
        JoomlaText.Cleaned text = JoomlaText.clean("<p>{loadposition user1}Text{emailcloak=off}</p>",
                "<p>{gallery}photos/2016{/gallery}</p>\n<p>{loadmodule mod_login}</p>\n<p>End.</p>");
        assertThat(text.body()).isEqualTo("<p>Text</p><p>photos/2016</p>\n<p>End.</p>");
        assertThat(text.notes()).containsExactly(new ImportNote(Kind.PLUGIN_TAGS,
                "emailcloak, gallery, loadmodule, loadposition"));
    }

    @Test
    void bracesInOrdinaryTextStay() {
        assertThat(JoomlaText.clean("<p>{ not a tag } and {Capital}</p>", "").body())
                .isEqualTo("<p>{ not a tag } and {Capital}</p>");
    }
}
