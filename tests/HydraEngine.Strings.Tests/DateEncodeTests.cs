using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions.Dates;
using static HydraEngine.Strings.Tests.ConverterTestSupport;

namespace HydraEngine.Strings.Tests;

/// <summary>Timestamp → datestring; expected values from CPython 3.11 <c>strftime</c> on glibc.</summary>
public sealed class DateEncodeTests
{
    [Theory]
    [InlineData("0", "%a %A %b %B %c", "Thu Thursday Jan January Thu Jan  1 00:00:00 1970")]
    [InlineData("-1", "%Y-%m-%d %H:%M:%S", "1969-12-31 23:59:59")]
    [InlineData("1609459199", "%j %U %W %V %G %u %w", "366 52 52 53 2020 4 4")]
    [InlineData("1577934245", "%I:%M %p %l %k %e %-d %_m %^a %#b %5Y %y %C", "03:04 AM  3  3  2 2  1 THU JAN 02020 20 20")]
    [InlineData("1577934245", "%D %F %T %R %r %x %X %%", "01/02/20 2020-01-02 03:04:05 03:04 03:04:05 AM 01/02/20 03:04:05 %")]
    [InlineData("1577934245", "%f %z %Z %Q %5f %", "000000   %Q   %5f %")]
    [InlineData("1577934245", "%EY %Od %10a %010d %-5d", "2020 02        Thu 0000000002     2")]
    [InlineData("1577934245", "%5Q %-Q %_5Q %05Q %E5", "  %5Q %-Q  %_5Q 0%05Q %E5")]
    [InlineData("1577934245", "%-_d %_-d %0_d %3p %03p %05k x%5E", " 2 2  2  AM 0AM 00003 x  %5E")]
    [InlineData("1577934245", "%^c", "THU JAN  2 03:04:05 2020")]
    [InlineData("-62135596800", "%Y-%m-%d", "1-01-01")]
    [InlineData(" 42 ", "%S", "42")]
    public void Utc_encoding_matches_python(string input, string format, string expected)
    {
        Run(new DateEncode(format, DateTimezone.Utc), input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("253402300800")]
    [InlineData("-62135596801")]
    [InlineData("4.2")]
    [InlineData("soon")]
    public void Encoding_fails_for_a_non_integer_or_out_of_range_time(string input)
    {
        Fails(new DateEncode("%Y", DateTimezone.Utc), input);
    }

    [Fact]
    public void Local_encoding_adds_the_current_offset()
    {
        DateEncodeEvaluator.Encode("1577934245", "%Y-%m-%d %H:%M", DateTimezone.Local, TimeSpan.FromHours(9)).ShouldBe("2020-01-02 12:04");
    }

    [Fact]
    public void Offset_encoding_is_plain_utc()
    {
        DateEncodeEvaluator.Encode("1577934245", "%H:%M", DateTimezone.Offset, TimeSpan.FromHours(9)).ShouldBe("03:04");
    }
}
