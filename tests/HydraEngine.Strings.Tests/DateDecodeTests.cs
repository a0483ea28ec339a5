using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions.Dates;
using static HydraEngine.Strings.Tests.ConverterTestSupport;

namespace HydraEngine.Strings.Tests;

/// <summary>Datestring → timestamp (advanced); expected values from CPython 3.11 <c>strptime</c> under TZ=UTC.</summary>
public sealed class DateDecodeTests
{
    [Theory]
    [InlineData("2020-1-2 3:4:5", "%Y-%m-%d %H:%M:%S", 1577934245)]
    [InlineData("02/29/2020", "%m/%d/%Y", 1582934400)]
    [InlineData("12 AM", "%I %p", -2208988800)]
    [InlineData("12 PM", "%I %p", -2208945600)]
    [InlineData("11", "%I", -2208949200)]
    [InlineData("Sunday, March 1 2020", "%A, %B %d %Y", 1583020800)]
    [InlineData("sun mar 1 2020", "%a %b %d %Y", 1583020800)]
    [InlineData("2020 366", "%Y %j", 1609372800)]
    [InlineData("2021 366", "%Y %j", 1640995200)]
    [InlineData("69", "%y", -31536000)]
    [InlineData("68", "%y", 3092601600)]
    [InlineData("2020-01-02T03:04:05.5", "%Y-%m-%dT%H:%M:%S.%f", 1577934245)]
    [InlineData("2020-01-02 03:04:05 UTC", "%Y-%m-%d %H:%M:%S %Z", 1577934245)]
    [InlineData("2020  01", "%Y %m", 1577836800)]
    [InlineData("2020\t01", "%Y %m", 1577836800)]
    [InlineData("%2020", "%%%Y", 1577836800)]
    [InlineData("Thu Jan  2 03:04:05 2020", "%c", 1577934245)]
    [InlineData("01/02/20", "%x", 1577923200)]
    [InlineData("2020 1 0", "%Y %U %w", 1578182400)]
    [InlineData("2020 10 3", "%Y %W %w", 1583884800)]
    [InlineData("2020 53 1", "%G %V %u", 1609113600)]
    [InlineData("1969-12-31 23:59:59", "%Y-%m-%d %H:%M:%S", -1)]
    [InlineData("JANUARY 5", "%B %d", -2208643200)]
    [InlineData(" 5", "%d", -2208643200)]
    [InlineData("0001-01-01", "%Y-%m-%d", -62135596800)]
    [InlineData("9999-12-31 23:59:59", "%Y-%m-%d %H:%M:%S", 253402300799)]
    [InlineData("[2020] (01)", "[%Y] (%m)", 1577836800)]
    [InlineData("2020.01.02", "%Y.%m.%d", 1577923200)]
    public void Utc_decoding_matches_python(string input, string format, long expected)
    {
        Run(new DateDecode(format, DateTimezone.Utc, 0), input).ShouldBe(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("02/29", "%m/%d")]
    [InlineData("02/30/2020", "%m/%d/%Y")]
    [InlineData("2020-01-02 03:04:05 XYZ", "%Y-%m-%d %H:%M:%S %Z")]
    [InlineData("2020-01-02T03:04:05+0100:30", "%Y-%m-%dT%H:%M:%S%z")]
    [InlineData("2020-01-02T03:04:05+2400", "%Y-%m-%dT%H:%M:%S%z")]
    [InlineData("2020-01-02T03:04:05z", "%Y-%m-%dT%H:%M:%S%z")]
    [InlineData("202001", "%Y %m")]
    [InlineData("2020-01", "%Y-%m-%d")]
    [InlineData("2020", "%Y%")]
    [InlineData("2020", "%Q")]
    [InlineData("2020 2020", "%Y %Y")]
    [InlineData("2020-01-02 24:00", "%Y-%m-%d %H:%M")]
    [InlineData("2020-01-02 23:59:60", "%Y-%m-%d %H:%M:%S")]
    [InlineData("0000-01-01", "%Y-%m-%d")]
    [InlineData("5 sept 2020", "%d %b %Y")]
    [InlineData("١٢", "%m")]
    [InlineData("2020-01-02 ", "%Y-%m-%d")]
    [InlineData(" 2020-01-02", "%Y-%m-%d")]
    [InlineData("2020x01", "%Y.%m")]
    public void Decoding_fails_where_python_strptime_raises(string input, string format)
    {
        Fails(new DateDecode(format, DateTimezone.Utc, 0), input);
    }

    [Theory]
    [InlineData("2020-01-02T03:04:05.999999-00:00", "%Y-%m-%dT%H:%M:%S.%f%z", 1577934245)]
    [InlineData("1969-12-31T23:59:59.5+00:00", "%Y-%m-%dT%H:%M:%S.%f%z", 0)]
    [InlineData("2020-01-02T03:04:05-0130", "%Y-%m-%dT%H:%M:%S%z", 1577939645)]
    [InlineData("2020-01-02T03:04:05+01:00:30", "%Y-%m-%dT%H:%M:%S%z", 1577930615)]
    public void Local_decoding_with_an_offset_uses_it_and_truncates(string input, string format, long expected)
    {
        DateDecodeEvaluator.Decode(input, format, DateTimezone.Local, 0, TimeZoneInfo.Utc).ShouldBe(expected);
    }

    [Fact]
    public void Offset_decoding_subtracts_seconds_east_of_utc()
    {
        DateDecodeEvaluator.Decode("2020-01-02 03:04", "%Y-%m-%d %H:%M", DateTimezone.Offset, -3600, TimeZoneInfo.Utc).ShouldBe(1577937840);
    }

    [Theory]
    [InlineData("0001-01-01 00:00", 60)]
    [InlineData("9999-12-31 23:59", -60)]
    public void Offset_decoding_past_the_calendar_fails(string input, long offset)
    {
        Fails(new DateDecode("%Y-%m-%d %H:%M", DateTimezone.Offset, offset), input);
    }

    [Fact]
    public void Local_decoding_of_a_naive_date_uses_the_zone_offset_for_that_date()
    {
        var zone = TestZones.NewYork();

        DateDecodeEvaluator.Decode("2020-07-01 12:00", "%Y-%m-%d %H:%M", DateTimezone.Local, 0, zone).ShouldBe(1593619200);
        DateDecodeEvaluator.Decode("2020-01-01 12:00", "%Y-%m-%d %H:%M", DateTimezone.Local, 0, zone).ShouldBe(1577898000);
    }

    [Fact]
    public void Local_decoding_ignores_a_parsed_zone_name()
    {
        DateDecodeEvaluator.Decode("2020-01-01 12:00 UTC", "%Y-%m-%d %H:%M %Z", DateTimezone.Local, 0, TestZones.NewYork()).ShouldBe(1577898000);
    }

    [Fact]
    public void A_skipped_local_time_reads_with_the_offset_before_the_change()
    {
        LocalTime.LocalSeconds(new DateTime(2020, 3, 8, 2, 30, 0), TestZones.NewYork()).ShouldBe(1583652600);
    }

    [Fact]
    public void An_ambiguous_local_time_reads_as_its_first_occurrence()
    {
        LocalTime.LocalSeconds(new DateTime(2020, 11, 1, 1, 30, 0), TestZones.NewYork()).ShouldBe(1604208600);
    }
}
