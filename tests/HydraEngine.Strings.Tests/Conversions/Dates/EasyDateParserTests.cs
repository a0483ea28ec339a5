using HydraEngine.Strings.Conversions.Dates;

namespace HydraEngine.Strings.Tests.Conversions.Dates;

/// <summary>
/// hydrus's <c>ClientTime.ParseDate</c> order: texts dateparser 1.1 gives nothing for (checked with Debian's
/// python3-dateparser, in any language and in English) reach dateutil 2.8; expected values from
/// <c>dateutil.parser.parse</c> on 2026-12-05 with TZ=UTC.
/// </summary>
public sealed class EasyDateParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("060727", 1812326400)]
    [InlineData("123", -58256496000)]
    public void Texts_dateparser_cannot_read_fall_back_to_dateutil(string text, long expected) =>
        EasyDateParser.Parse(text, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Theory]
    [InlineData("15 ΑΥΓΟΥΣΤΟΣ 2021", 1628985600)]
    [InlineData("15 Αυγουστος 2021", 1628985600)]
    public void Capital_sigma_at_a_word_end_lowers_to_final_sigma_as_in_python(string text, long expected) =>
        EasyDateParser.Parse(text, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Fact]
    public void A_text_neither_reads_is_an_error_naming_it() =>
        Should.Throw<FormatException>(() => EasyDateParser.Parse("10:00 +900", Now, TimeZoneInfo.Utc)).Message.ShouldContain("10:00 +900");
}
