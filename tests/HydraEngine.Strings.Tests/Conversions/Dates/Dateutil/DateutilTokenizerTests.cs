using HydraEngine.Strings.Conversions.Dates.Dateutil;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateutil;

/// <summary>Our port of dateutil 2.8's <c>_timelex.split</c>, expected tokens from Debian's python3-dateutil 2.8.2.</summary>
public sealed class DateutilTokenizerTests
{
    [Fact]
    public void Letters_digits_and_each_other_character_are_separate_tokens() =>
        DateutilTokenizer.Split("Jan 5,2020 10:00").ShouldBe(["Jan", " ", "5", ",", "2020", " ", "10", ":", "00"]);

    [Fact]
    public void A_decimal_point_stays_inside_its_number() =>
        DateutilTokenizer.Split("10:30:15.25").ShouldBe(["10", ":", "30", ":", "15.25"]);

    [Fact]
    public void Dotted_words_and_numbers_split_at_each_dot() =>
        DateutilTokenizer.Split("Sep.20.2009").ShouldBe(["Sep", ".", "20", ".", "2009"]);

    [Fact]
    public void A_decimal_comma_becomes_a_point() => DateutilTokenizer.Split("12,5").ShouldBe(["12.5"]);
}
