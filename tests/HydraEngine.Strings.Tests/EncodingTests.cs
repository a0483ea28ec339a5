using HydraEngine.Model.Strings;
using static HydraEngine.Strings.Tests.ConverterTestSupport;

namespace HydraEngine.Strings.Tests;

/// <summary>Every encoding both ways; expected values come from CPython 3.11.</summary>
public sealed class EncodingTests
{
    [Theory]
    [InlineData(TextEncoding.UrlPercent, "a b/c?é😀", "a%20b%2Fc%3F%C3%A9%F0%9F%98%80")]
    [InlineData(TextEncoding.UnicodeEscape, "\u0000\u007f\u0080\u00ff\u0100\t\r'\"a\\b", "\\x00\\x7f\\x80\\xff\\u0100\\t\\r'\"a\\\\b")]
    [InlineData(TextEncoding.HtmlEntities, "a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&#x27;f")]
    [InlineData(TextEncoding.Hex, "a😀", "61f09f9880")]
    [InlineData(TextEncoding.Base64, "hé?>", "aMOpPz4=")]
    [InlineData(TextEncoding.Base64Url, "hé?>", "aMOpPz4")]
    public void Encode_matches_python(TextEncoding encoding, string input, string expected)
    {
        Run(new EncodeText(encoding), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(TextEncoding.UrlPercent)]
    [InlineData(TextEncoding.UnicodeEscape)]
    [InlineData(TextEncoding.HtmlEntities)]
    [InlineData(TextEncoding.Hex)]
    [InlineData(TextEncoding.Base64)]
    [InlineData(TextEncoding.Base64Url)]
    public void Decode_reverses_encode(TextEncoding encoding)
    {
        const string text = "Grüße & <tags> 'x' \"y\" 100% 😀 a/b?c=d";

        Run(new DecodeText(encoding), Run(new EncodeText(encoding), text)).ShouldBe(text);
    }

    [Theory]
    [InlineData("%C3%A9", "é")]
    [InlineData("%C3", "\uFFFD")]
    [InlineData("%C3é%A9", "\uFFFDé\uFFFD")]
    [InlineData("%e9", "\uFFFD")]
    [InlineData("100%", "100%")]
    [InlineData("%%41", "%A")]
    [InlineData("%4", "%4")]
    [InlineData("%G1", "%G1")]
    [InlineData("a+b", "a+b")]
    public void Percent_decoding_matches_python_unquote(string input, string expected)
    {
        Run(new DecodeText(TextEncoding.UrlPercent), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a\\tb", "a\tb")]
    [InlineData("\\101\\0", "A\0")]
    [InlineData("\\777", "ǿ")]
    [InlineData("\\q", "\\q")]
    [InlineData("\\U0001F600", "😀")]
    [InlineData("a\\\nb", "ab")]
    [InlineData("\\'\\\"", "'\"")]
    [InlineData("a\\N{BULLET}b", "a\u2022b")]
    [InlineData("\\N{grinning face}", "\U0001F600")]
    public void Unicode_escape_decoding_matches_python(string input, string expected)
    {
        Run(new DecodeText(TextEncoding.UnicodeEscape), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("x\\")]
    [InlineData("\\x4")]
    [InlineData("\\u12")]
    [InlineData("\\U00110000")]
    [InlineData("\\N{NOPE}")]
    [InlineData("\\N")]
    [InlineData("\\N{}")]
    [InlineData("\\N{BULLET")]
    public void Unicode_escape_decoding_fails_on_a_malformed_escape(string input)
    {
        Fails(new DecodeText(TextEncoding.UnicodeEscape), input);
    }

    [Theory]
    [InlineData("&ampfoo;", "&foo;")]
    [InlineData("&amp", "&")]
    [InlineData("&AMP;", "&")]
    [InlineData("&notin;", "∉")]
    [InlineData("&notit;", "¬it;")]
    [InlineData("&#x;", "&#x;")]
    [InlineData("&#;", "&#;")]
    [InlineData("&#0;", "\uFFFD")]
    [InlineData("&#128;", "€")]
    [InlineData("&#x80;", "€")]
    [InlineData("&#13;", "\r")]
    [InlineData("&#1;", "")]
    [InlineData("&#xD800;", "\uFFFD")]
    [InlineData("&#x110000;", "\uFFFD")]
    [InlineData("&#99999999999999999999;", "\uFFFD")]
    [InlineData("&#xFFFE;", "")]
    [InlineData("&lt&gt", "<>")]
    [InlineData("&copy2020", "©2020")]
    [InlineData("& amp;", "& amp;")]
    [InlineData("&zzz;", "&zzz;")]
    [InlineData("&#65", "A")]
    [InlineData("&#x41g", "Ag")]
    [InlineData("&hellip;&mdash;&NotEqualTilde;", "…—≂̸")]
    [InlineData("&Eacute", "É")]
    [InlineData("&eacutex", "éx")]
    public void Html_decoding_matches_python_unescape(string input, string expected)
    {
        Run(new DecodeText(TextEncoding.HtmlEntities), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("68 c3a9", "hé")]
    [InlineData(" 68", "h")]
    [InlineData("68 ", "h")]
    [InlineData("68\t\nc3 a9", "hé")]
    [InlineData("", "")]
    [InlineData("ff", "\uFFFD")]
    public void Hex_decoding_matches_python_fromhex(string input, string expected)
    {
        Run(new DecodeText(TextEncoding.Hex), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("6 8")]
    [InlineData("zz")]
    [InlineData("68\u3000c3")]
    public void Hex_decoding_fails_on_a_split_pair_or_bad_character(string input)
    {
        Fails(new DecodeText(TextEncoding.Hex), input);
    }

    [Theory]
    [InlineData(TextEncoding.Base64, "aGVsbG8=", "hello")]
    [InlineData(TextEncoding.Base64, "aGVsbA", "hell")]
    [InlineData(TextEncoding.Base64, "aGVsbA=", "hell")]
    [InlineData(TextEncoding.Base64, "=aGVs", "hel")]
    [InlineData(TextEncoding.Base64, "aG=Vs", "hel")]
    [InlineData(TextEncoding.Base64, "", "")]
    [InlineData(TextEncoding.Base64, "/w", "\uFFFD")]
    [InlineData(TextEncoding.Base64, "aGVsbG8/Pz4", "hello??>")]
    [InlineData(TextEncoding.Base64Url, "aGVsbG8/Pz4", "hello??>")]
    public void Base64_decoding_is_lenient_like_python(TextEncoding encoding, string input, string expected)
    {
        Run(new DecodeText(encoding), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(TextEncoding.Base64, "aGVs!bG8")]
    [InlineData(TextEncoding.Base64, "a")]
    [InlineData(TextEncoding.Base64, "aGVsbG8_Pz4")]
    [InlineData(TextEncoding.Base64Url, "é")]
    public void Base64_decoding_fails_on_bad_padding_or_non_ascii(TextEncoding encoding, string input)
    {
        Fails(new DecodeText(encoding), input);
    }

    [Theory]
    [InlineData(TextEncoding.UrlPercent)]
    [InlineData(TextEncoding.Hex)]
    [InlineData(TextEncoding.Base64)]
    public void Encoding_a_lone_surrogate_fails_as_python_utf8_does(TextEncoding encoding)
    {
        Fails(new EncodeText(encoding), "a\uD800b");
    }

    [Fact]
    public void An_unknown_encoding_fails()
    {
        Fails(new EncodeText((TextEncoding)9), "abc");
    }
}
