package org.manabi.content.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonMarkupTest {

    private final LessonMarkup markup = new LessonMarkup();

    /** Every tag the renderer may emit; anything else in the output would be injected markup. */
    private static final Pattern SAFE_TAG = Pattern.compile(
            "</?(p|em|strong|code|pre|ul|ol|li|h[1-6]|blockquote|hr|br|ruby|rt|rp)>"
                    + "|<a rel=\"nofollow noopener noreferrer\" href=\"(https?|mailto):[^\"<>]*\">|</a>");

    private static final String KANJI = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>";

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "text <script>alert(1)</script> text",
        "<img src=x onerror=alert(1)>",
        "a <img src=x onerror=alert(1)> b",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        "![x](javascript:alert(1))",
        "![x](https://evil.example/track.png)",
        "[x]: javascript:alert(1)\n\n[x]",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">x</div>",
        "<iframe src=https://evil.example></iframe>",
        "{<script>|alert(1)}",
        "{x|<img src=x onerror=alert(1)>}",
    })
    void hostileInputProducesNoActiveHtml(String markdown) {
        String html = markup.toHtml(markdown);
        Matcher tag = Pattern.compile("<[^>]*>").matcher(html);
        while (tag.find()) {
            assertTrue(SAFE_TAG.matcher(tag.group()).matches(), tag.group() + " in " + html);
        }
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt;</p>\n", markup.toHtml("<b>bold</b>"));
    }

    @Test
    void disallowedLinksBecomeTheirText() {
        assertEquals("<p>click <em>me</em></p>\n", markup.toHtml("[click *me*](javascript:alert(1))"));
        assertEquals("<p>relative</p>\n", markup.toHtml("[relative](lessons/02.md)"));
    }

    @Test
    void webAndMailLinksStay() {
        assertEquals("<p><a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/a?b=1&amp;c=2\">ok</a></p>\n",
                markup.toHtml("[ok](https://example.org/a?b=1&c=2)"));
        assertTrue(markup.toHtml("<mailto:a@example.org>").contains("href=\"mailto:a@example.org\""));
        assertTrue(markup.toHtml("[x](http://example.org)").contains("href=\"http://example.org\""));
    }

    @Test
    void imagesBecomeTheirAltText() {
        assertEquals("<p>a cat photo</p>\n", markup.toHtml("![a cat photo](https://example.org/cat.png)"));
    }

    @Test
    void furiganaOverTheWholeWord() {
        assertEquals("<p>" + KANJI + "を読む</p>\n", markup.toHtml("{漢字|かんじ}を読む"));
    }

    @Test
    void furiganaPerCharacter() {
        assertEquals("<p><ruby>日<rp>(</rp><rt>に</rt><rp>)</rp></ruby>"
                        + "<ruby>本<rp>(</rp><rt>ほん</rt><rp>)</rp></ruby>"
                        + "<ruby>語<rp>(</rp><rt>ご</rt><rp>)</rp></ruby></p>\n",
                markup.toHtml("{日本語|に|ほん|ご}"));
    }

    @Test
    void perCharacterCountsCharactersOutsideTheBasicPlane() {
        assertEquals("<p><ruby>𠮟<rp>(</rp><rt>しっ</rt><rp>)</rp></ruby>"
                        + "<ruby>責<rp>(</rp><rt>せき</rt><rp>)</rp></ruby></p>\n",
                markup.toHtml("{𠮟責|しっ|せき}"));
    }

    @Test
    void furiganaWorksInsideEmphasisListsHeadingsAndLinks() {
        assertEquals("<p><strong>" + KANJI + "</strong></p>\n", markup.toHtml("**{漢字|かんじ}**"));
        assertEquals("<ul>\n<li>" + KANJI + "</li>\n</ul>\n", markup.toHtml("- {漢字|かんじ}"));
        assertEquals("<h2>" + KANJI + "</h2>\n", markup.toHtml("## {漢字|かんじ}"));
        assertTrue(markup.toHtml("[{漢字|かんじ}](https://example.org)").contains(">" + KANJI + "</a>"));
    }

    @Test
    void escapedBraceAndMalformedFuriganaStayLiteral() {
        assertEquals("<p>{漢字|かんじ}</p>\n", markup.toHtml("\\{漢字|かんじ}"));
        assertEquals("<p>{漢字}</p>\n", markup.toHtml("{漢字}"));
        assertEquals("<p>{日本語|に|ほん}</p>\n", markup.toHtml("{日本語|に|ほん}"));
        assertEquals("<p>{|かんじ}</p>\n", markup.toHtml("{|かんじ}"));
        assertEquals("<p>{漢字|かんじ</p>\n", markup.toHtml("{漢字|かんじ"));
        assertEquals("<p>a {漢字\nかんじ|x}</p>\n", markup.toHtml("a {漢字\nかんじ|x}"));
    }

    @Test
    void codeIsUntouched() {
        assertEquals("<p><code>{漢字|かんじ}</code></p>\n", markup.toHtml("`{漢字|かんじ}`"));
        assertEquals("<pre><code>{漢字|かんじ}\n</code></pre>\n", markup.toHtml("```\n{漢字|かんじ}\n```"));
        assertEquals("<pre><code>{漢字|かんじ}\n</code></pre>\n", markup.toHtml("    {漢字|かんじ}"));
    }

    @Test
    void readingsAreEscaped() {
        assertEquals("<p><ruby>a&amp;b<rp>(</rp><rt>&lt;i&gt;</rt><rp>)</rp></ruby></p>\n",
                markup.toHtml("{a&b|<i>}"));
    }

    @Test
    void plainTextDropsMarkupAndKeepsReadingsForSearch() {
        String text = markup.toPlainText("# {漢字|かんじ}の*勉強*\n\n- {日本語|に|ほん|ご}\n- [公式](https://example.org)"
                + "\n\n![図](https://example.org/a.png)\n\n`code`");
        assertEquals("漢字(かんじ)の勉強\n- 日本語(にほんご)\n- 公式\n図\n\"code\"", text.replaceAll("\n+", "\n").strip());
    }
}
