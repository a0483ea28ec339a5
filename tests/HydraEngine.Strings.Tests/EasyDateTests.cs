using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions.Dates;
using HydraEngine.Testing;

namespace HydraEngine.Strings.Tests;

/// <summary>Datestring → timestamp (easy), dateparser then dateutil: explicit zones honoured, naive text read as local time.</summary>
public sealed class EasyDateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Theory]
    [InlineData("2020-01-02T03:04:05Z", 1577934245)]
    [InlineData("2020-01-02T03:04:05+01:00", 1577930645)]
    [InlineData("2020-01-02T03:04:05.750Z", 1577934245)]
    [InlineData("Thu, 02 Jan 2020 03:04:05 GMT", 1577934245)]
    [InlineData("January 2, 2020 3:04 AM EST", 1577952240)]
    [InlineData("Wed Aug 27 13:08:45 +0000 2008", 1219842525)]
    [InlineData("1577934245", 1577934245)]
    [InlineData("1577934245123", 1577934245)]
    public void Explicit_zones_and_timestamps_are_honoured(string input, long expected)
    {
        EasyDateParser.Parse(input, Now, TestZones.NewYork()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2020-01-02 03:04:05", 1577952245)]
    [InlineData("January 2nd, 2020", 1577941200)]
    [InlineData("2 Jan 2020", 1577941200)]
    [InlineData("2020/01/02", 1577941200)]
    [InlineData("20200102", 1577941200)]
    public void Naive_dates_are_local_time(string input, long expected)
    {
        EasyDateParser.Parse(input, Now, TestZones.NewYork()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("3 days ago", 1700000000 - (3 * 86400))]
    [InlineData("an hour ago", 1700000000 - 3600)]
    [InlineData("in 2 weeks", 1700000000 + (14 * 86400))]
    [InlineData("yesterday", 1700000000 - 86400)]
    [InlineData("now", 1700000000)]
    [InlineData("3 days", 1700000000 - (3 * 86400))]
    public void Relative_phrases_count_from_now(string input, long expected)
    {
        EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a date")]
    public void Unreadable_text_fails(string input)
    {
        Should.Throw<FormatException>(() => EasyDateParser.Parse(input, Now, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_converter_step_counts_relative_phrases_from_the_engine_clock()
    {
        var services = new StringServicesBuilder().WithClock(new ManualTimeProvider(Now)).Build();

        services.Convert(new StringConverter(new StringConversion[] { new DateDecodeEasy() }, "x"), "3 days ago").ShouldBe((1700000000 - (3 * 86400)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
