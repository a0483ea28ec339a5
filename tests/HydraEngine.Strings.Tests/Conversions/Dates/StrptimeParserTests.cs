using HydraEngine.Strings.Conversions.Dates;

namespace HydraEngine.Strings.Tests.Conversions.Dates;

/// <summary>Python's <c>strptime</c>: the trying form dateparser's port uses, which answers null instead of raising.</summary>
public sealed class StrptimeParserTests
{
    [Theory]
    [InlineData("%H:%M:%S", 8)]
    [InlineData("%Y-%m-%dT%H:%M:%S.%f%z", 42)]
    [InlineData("%x", 8)]
    [InlineData("%I %p", null)]
    public void A_format_bounds_its_match_unless_it_has_whitespace(string format, int? longest) =>
        StrptimePattern.Get(format).LongestMatch.ShouldBe(longest);

    [Theory]
    [InlineData("13:20:09.469", "%H:%M:%S")]
    [InlineData("2021", "%m")]
    [InlineData("x", "%Y")]
    public void A_text_the_format_cannot_read_whole_gives_null(string text, string format) =>
        StrptimeParser.TryParse(text, format).ShouldBeNull();

    [Fact]
    public void A_text_the_format_reads_gives_what_parse_gives() =>
        StrptimeParser.TryParse("2021-04-28T13:20:09.469-04:00", "%Y-%m-%dT%H:%M:%S.%f%z").ShouldBe(StrptimeParser.Parse("2021-04-28T13:20:09.469-04:00", "%Y-%m-%dT%H:%M:%S.%f%z"));

    [Fact]
    public void Parse_still_says_why_a_text_does_not_match() =>
        Should.Throw<FormatException>(() => StrptimeParser.Parse("13:20:09.469", "%H:%M:%S")).Message.ShouldBe("unconverted data remains: .469");
}
