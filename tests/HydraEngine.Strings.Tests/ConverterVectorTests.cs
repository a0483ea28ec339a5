using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>test-vectors.md section S: one String Converter per row (expected null = hydrus raised).</summary>
public sealed class ConverterVectorTests
{
    private static readonly Dictionary<string, (StringConversion[] Steps, string Input, string? Expected)> Vectors = new()
    {
        ["S01"] = ([new RemoveFromBeginning(3)], "abcdef", "def"),
        ["S02"] = ([new RemoveFromEnd(2)], "abcdef", "abcd"),
        ["S03"] = ([new RemoveFromEnd(0)], "abcdef", ""),
        ["S04"] = ([new ClipFromBeginning(3)], "abcdef", "abc"),
        ["S05"] = ([new ClipFromEnd(2)], "abcdef", "ef"),
        ["S06"] = ([new ClipFromEnd(0)], "abcdef", "abcdef"),
        ["S07"] = ([new RemoveFromBeginning(2)], "a😀bc", "bc"),
        ["S08"] = ([new RemoveFromBeginning(-3)], "abcdef", "def"),
        ["S09"] = ([new Prepend("x-"), new Append("-y")], "mid", "x-mid-y"),
        ["S10"] = ([new EncodeText(TextEncoding.UrlPercent)], "a b/c&d=é~_.-", "a%20b%2Fc%26d%3D%C3%A9~_.-"),
        ["S11"] = ([new DecodeText(TextEncoding.UrlPercent)], "a%20b%2Fc+d%C3%A9%zz", "a b/c+dé%zz"),
        ["S12"] = ([new EncodeText(TextEncoding.UnicodeEscape)], "é\n\"\\中😀", "\\xe9\\n\"\\\\\\u4e2d\\U0001f600"),
        ["S13"] = ([new DecodeText(TextEncoding.UnicodeEscape)], "caf\\u00e9\\n\\x41", "café\nA"),
        ["S14"] = ([new DecodeText(TextEncoding.UnicodeEscape)], "café", "cafÃ©"),
        ["S15"] = ([new EncodeText(TextEncoding.HtmlEntities)], "<a href=\"x\">&'</a>", "&lt;a href=&quot;x&quot;&gt;&amp;&#x27;&lt;/a&gt;"),
        ["S16"] = ([new DecodeText(TextEncoding.HtmlEntities)], "&lt;b&gt; &amp;amp; &eacute; &#233; &#x27; &nbsp;.", "<b> &amp; é é ' \u00a0."),
        ["S17"] = ([new EncodeText(TextEncoding.Hex)], "hé", "68c3a9"),
        ["S18"] = ([new DecodeText(TextEncoding.Hex)], "68c3a9", "hé"),
        ["S19"] = ([new DecodeText(TextEncoding.Hex)], "68c", null),
        ["S20"] = ([new EncodeText(TextEncoding.Base64)], "hello?", "aGVsbG8/"),
        ["S21"] = ([new DecodeText(TextEncoding.Base64)], "aGVsbG8", "hello"),
        ["S22"] = ([new EncodeText(TextEncoding.Base64Url)], "hello??>", "aGVsbG8_Pz4"),
        ["S23"] = ([new DecodeText(TextEncoding.Base64Url)], "aGVsbG8_Pz4", "hello??>"),
        ["S24"] = ([new Reverse()], "abc", "cba"),
        ["S25"] = ([new RegexSubstitution("(\\d+)", "n\\1")], "a1b22", "an1bn22"),
        ["S26"] = ([new RegexSubstitution("(?P<x>b+)", "[\\g<x>]")], "abbc", "a[bb]c"),
        ["S27"] = ([new RegexSubstitution("(", "x")], "abc", null),
        ["S28"] = ([new DateDecode("%Y-%m-%d %H:%M:%S", DateTimezone.Utc, 0)], "2020-01-02 03:04:05", "1577934245"),
        ["S29"] = ([new DateDecode("%Y-%m-%d %H:%M", DateTimezone.Offset, 7200)], "2020-01-02 03:04", "1577927040"),
        ["S30"] = ([new DateDecode("%Y-%m-%dT%H:%M:%S%z", DateTimezone.Utc, 0)], "2020-01-02T03:04:05+0100", "1577934245"),
        ["S31"] = ([new DateDecode("%Y-%m-%dT%H:%M:%S%z", DateTimezone.Local, 0)], "2020-01-02T03:04:05+01:00", "1577930645"),
        ["S32"] = ([new DateDecode("%b %d, %Y %I:%M %p", DateTimezone.Utc, 0)], "JAN  5, 2021 01:30 pm", "1609853400"),
        ["S33"] = ([new DateDecode("%Y-%m-%d", DateTimezone.Utc, 0)], "2020-01-02 extra", null),
        ["S34"] = ([new DateDecode("%Y-%m-%dT%H:%M:%S%z", DateTimezone.Local, 0)], "2020-01-02T03:04:05Z", "1577934245"),
        ["S35"] = ([new DateEncode("%Y-%m-%d %H:%M:%S", DateTimezone.Utc)], "1577934245", "2020-01-02 03:04:05"),
        ["S36"] = ([new IntegerAddition(1)], "007", "8"),
        ["S37"] = ([new IntegerAddition(-50)], "42", "-8"),
        ["S38"] = ([new IntegerAddition(1)], "4a", null),
        ["S39"] = ([new HashText("md5")], "hello", "5d41402abc4b2a76b9719d911017c592"),
        ["S40"] = ([new HashText("sha1")], "hello", "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
        ["S41"] = ([new DateDecodeEasy()], "2020-01-02T03:04:05Z", "1577934245"),
        ["S42"] = ([new RegexSubstitution("\\D", ""), new ClipFromBeginning(4), new Append(".jpg")], "id: 12345", "1234.jpg"),
    };

    public static TheoryData<string> Ids => [.. Vectors.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Converter_vector_matches_hydrus(string id)
    {
        var (steps, input, expected) = Vectors[id];
        var converter = new StringConverter(steps, "x");

        if (expected is null)
        {
            Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, input));
        }
        else
        {
            StringServices.Default.Convert(converter, input).ShouldBe(expected);
        }
    }
}
