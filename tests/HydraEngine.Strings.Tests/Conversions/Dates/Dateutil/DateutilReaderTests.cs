using HydraEngine.Strings.Conversions.Dates.Dateutil;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateutil;

/// <summary>
/// Our port of dateutil beside Debian's python3-dateutil 2.8.2 (Python 3.11): each expected value is
/// <c>dateutil.parser.parse(text)</c> run on 2026-12-05 with TZ=UTC (so the default is that day at midnight),
/// turned into seconds as hydrus does (<c>int((int(dt.timestamp()) * 1000 + dt.microsecond // 1000) / 1000)</c>).
/// </summary>
public sealed class DateutilReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private static long? Parse(string text) => DateutilReader.Parse(text, Now, TimeZoneInfo.Utc);

    [Theory]
    [InlineData("060727", 1812326400)]
    [InlineData("20231128123456", 1701174896)]
    public void Digit_runs_of_six_and_fourteen_read_as_dates(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("2023-11-28/", 1701129600)]
    [InlineData("2023-11-28T10:00:00/", 1701165600)]
    public void Iso_dates_with_a_trailing_slash_skip_the_slash(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void A_three_digit_number_is_a_year_with_its_century() => Parse("123").ShouldBe(-58256496000);

    [Theory]
    [InlineData("12/11/10", 1292025600)]
    [InlineData("25 10 2020", 1603584000)]
    [InlineData("Sep.20.2009", 1253404800)]
    public void Three_numbers_read_month_first_unless_a_value_cannot_be_a_month(string text, long expected) =>
        Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("Jan 5", 1767571200)]
    [InlineData("Feb 2021", 1612483200)]
    [InlineData("12,5", 1797033600)]
    public void Missing_fields_come_from_today_at_midnight(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void A_two_digit_year_after_of_lands_within_fifty_years() => Parse("Jan of 05").ShouldBe(1104883200);

    [Fact]
    public void A_lone_weekday_moves_on_to_its_next_day() => Parse("Fri").ShouldBe(1796947200);

    [Theory]
    [InlineData("10:00 +0900", 1796432400)]
    [InlineData("10:00 -03:00 (BRT)", 1796475600)]
    [InlineData("2020-01-31T10:00:00Z", 1580464800)]
    public void Numeric_offsets_and_utc_names_fix_the_zone(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("10:00 GMT+3", 1796475600)]
    [InlineData("2020-01-31 10:00 UTC+2", 1580472000)]
    public void An_offset_after_a_utc_name_has_its_sign_flipped(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void An_unknown_zone_name_is_local_time() => Parse("5 Jan 2020 10:00 EST").ShouldBe(1578218400);

    [Theory]
    [InlineData("5 h 30 m", 1796448600)]
    [InlineData("10.5 h", 1796466600)]
    public void Hour_and_minute_words_name_the_value_before_them(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("3 Dec 2020 10:30:15.25 PM", 1607034615)]
    [InlineData("1:2:3.1234567", 1796432523)]
    [InlineData("13 pm", 1796475600)]
    public void Clock_times_take_fractions_and_am_pm(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("10:00 +900")]
    [InlineData("xyz junk")]
    [InlineData("nan")]
    [InlineData("Z")]
    public void Texts_dateutil_cannot_tokenise_into_a_date_give_nothing(string text) => Parse(text).ShouldBeNull();

    [Fact]
    public void Only_skippable_words_give_nothing() => Parse("at").ShouldBeNull();

    [Theory]
    [InlineData("Feb 30")]
    [InlineData("31 Feb")]
    [InlineData("99999999")]
    public void Invalid_days_and_months_give_nothing(string text) => Parse(text).ShouldBeNull();

    [Fact]
    public void An_offset_of_a_whole_day_gives_nothing() => Parse("10:00 +2400").ShouldBeNull();
}
