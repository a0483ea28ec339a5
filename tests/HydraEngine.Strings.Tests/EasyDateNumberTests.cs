using HydraEngine.Strings.Conversions.Dates;

namespace HydraEngine.Strings.Tests;

/// <summary>Short numeric texts as hydrus's easy date decode (dateparser 1.1, then dateutil) read them on 2026-12-04 (UTC), measured on hydrus.</summary>
public sealed class EasyDateNumberTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2", 1770163200)]
    [InlineData("+7", 1783123200)]
    [InlineData("12", 1796342400)]
    [InlineData("\uff13", 1772582400)]
    [InlineData("\u00b2", 1770163200)]
    public void A_lone_number_up_to_12_is_a_month_on_todays_day(string input, long expected) =>
        EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Fact]
    public void A_lone_number_from_13_to_31_is_a_day_of_this_month() => EasyDateParser.Parse("13", Now, TimeZoneInfo.Utc).ShouldBe(1797120000);

    [Theory]
    [InlineData("42", 2301264000)]
    [InlineData("99", 944265600)]
    [InlineData("-45", 2395958400)]
    public void A_larger_two_digit_number_is_a_year(string input, long expected) => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Theory]
    [InlineData("273", -53522985600)]
    [InlineData("1986", 534038400)]
    [InlineData("300.0", -52670995200)]
    public void Three_or_four_digits_are_a_year(string input, long expected) => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Theory]
    [InlineData("3.14", 1796354040)]
    [InlineData("0.01", 1796342460)]
    [InlineData("9:1", 1796374860)]
    public void Hours_and_minutes_are_a_time_today(string input, long expected) => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Theory]
    [InlineData("9-2", 1788307200)]
    [InlineData("1e3", 1772323200)]
    [InlineData("1e-7", 1782864000)]
    [InlineData("1e+16", 1480550400)]
    public void Two_numbers_are_a_day_of_a_month_or_year(string input, long expected) => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("0.00001")]
    public void Numbers_dateparser_refuses_are_not_dates(string input) =>
        Should.Throw<FormatException>(() => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc));
}
