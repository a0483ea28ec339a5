using HydraEngine.Strings.Conversions.Dates.Dateparser;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateparser;

/// <summary>dateparser's zone popping, and the word filter that spares a text without a zone its 773 pattern scans.</summary>
public sealed class DateparserTimezonesTests
{
    [Theory]
    [InlineData("2018-10-07 14:33 EST", -18000, "2018-10-07 14:33")]
    [InlineData("2018-10-07 14:33 UTC+05:30", 19800, "2018-10-07 14:33")]
    [InlineData("7 oct 2018 gmt-3", -10800, "7 oct 2018")]
    [InlineData("2018-10-07T14:33:00Z", 0, "2018-10-07T14:33:00")]
    public void A_named_zone_is_cut_out_with_its_offset(string text, int offset, string rest)
    {
        var (without, seconds) = DateparserTimezones.Pop(text);

        (without.Trim(), seconds).ShouldBe((rest, offset));
    }

    [Fact]
    public void A_text_without_a_zone_is_left_as_it_is()
    {
        DateparserTimezones.Pop("2018-10-07 14:33").ShouldBe(("2018-10-07 14:33", null));
    }

    [Theory]
    [InlineData(@"(\W|\d|_)EST($|\W)", "EST")]
    [InlineData(@"(.)UTC\-12:00$", "UTC-12:00")]
    [InlineData(@"(.)(?:UTC|GMT)\+05:?30.*$", "UTC", "GMT")]
    [InlineData(@"(\W|\d|_)ABC?($|\W)", "AB")]
    [InlineData(@"(\W|\d|_)EST|EDT($|\W)")]
    [InlineData(@"(\W|\d|_)ZEČ($|\W)")]
    public void The_words_a_zone_pattern_needs_are_read_off_it_and_never_more(string pattern, params string[] words)
    {
        DateparserTimezones.RequiredWords(pattern).ShouldBe(words);
    }
}
