using HydraEngine.Strings.Conversions.Dates.Dateparser;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateparser;

/// <summary>
/// Our port of dateparser beside Debian's python3-dateparser 1.1.6 (Python 3.11.2): each expected
/// value is <c>dateparser.parse(text, settings={'RELATIVE_BASE': datetime(2026, 12, 4, 12, 0)})</c> with TZ=UTC,
/// turned into seconds as hydrus does (<c>int((int(dt.timestamp()) * 1000 + dt.microsecond // 1000) / 1000)</c>).
/// </summary>
public sealed class DateparserReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static long? Parse(string text) => DateparserReader.Parse(text, Now, TimeZoneInfo.Utc);

    [Theory]
    [InlineData("March 3rd, 2020 10:00 PM", 1583272800)]
    [InlineData("Tue, 15 Nov 1994 08:12:31 GMT", 784887151)]
    [InlineData("Jan 2020 12", 1578787200)]
    public void Month_names_ordinals_and_weekdays_read_as_english(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("/27/09/2003 16:49", 1064681340)]
    [InlineData("25.12", 1798156800)]
    [InlineData("2491/04/18 08:56", 16450505760)]
    public void Numbers_take_the_first_free_field_of_month_day_year(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("%Y 1909", -1895875200)]
    [InlineData("Feb 2021", 1612396800)]
    [InlineData("2021 14:30", 1638628200)]
    public void Missing_parts_come_from_today(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("0h32", 1796344320)]
    [InlineData("28-4-1995 19h39", 799097940)]
    [InlineData("13.20", 1796390400)]
    [InlineData("10:01:06  PM", 1796421666)]
    [InlineData("3 p.m.", 1796396400)]
    [InlineData("noon", 1796385600)]
    public void Times_read_with_hours_letters_periods_and_meridians(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("1994 08:12:31 GMT", 786528751)]
    [InlineData("3 Mar 2020 10:00 EST", 1583247600)]
    [InlineData("2019-12-25T10:00:00+09:00", 1577235600)]
    [InlineData("2020-01-02T03:04:05Z\U0001F600", 1577934245)]
    public void Time_zones_are_cut_out_and_applied(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void A_lone_weekday_is_its_last_occurrence() => Parse("Sun").ShouldBe(1795910400);

    [Fact]
    public void A_weekday_with_a_day_keeps_the_day() => Parse("Saturday 20 ").ShouldBe(1797724800);

    [Fact]
    public void February_29th_without_a_year_moves_to_the_closest_leap_year() => Parse("Feb 29").ShouldBe(1709164800);

    [Theory]
    [InlineData("five days ago", 1795953600)]
    [InlineData("day before yesterday", 1796212800)]
    public void Relative_phrases_count_from_now(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void A_ten_digit_number_is_a_unix_time() => Parse("1577934245").ShouldBe(1577934245);

    [Fact]
    public void Sanitising_drops_an_on_colon_prefix() => Parse("on: 5 Jan 2021").ShouldBe(1609804800);

    [Theory]
    [InlineData("1942-12-20 11:01:44.12", -853073894)]
    [InlineData("1905-02-14t10:52:17.123456+0530", -2047401461)]
    public void Dates_before_1970_with_a_fraction_round_as_hydrus_does(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("12 jan 5 feb")]
    public void Impossible_dates_are_not_read(string text) => Parse(text).ShouldBeNull();

    [Theory]
    [InlineData("\u00e902/10/1978 15:53", 276191580)]
    [InlineData("Januar", 1767484800)]
    [InlineData("ju", 1796256000)]
    [InlineData("b", 1795910400)]
    public void A_text_english_does_not_read_goes_to_the_next_locale_that_does(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void Numbers_follow_the_reading_locales_date_order() => Parse("x12/25/2019").ShouldBe(1571961600);

    [Fact]
    public void A_text_no_locale_reads_is_not_read() => Parse("012").ShouldBeNull();

    // Locales whose words cannot cover a text are refused without splitting it; what they read stays the same.
    [Theory]
    [InlineData("12 января 2020", 1578787200)]
    [InlineData("3 de março de 2021", 1614729600)]
    [InlineData("15 März 2021", 1615766400)]
    [InlineData("3 Μαρτίου 2021", 1614729600)]
    [InlineData("2020年1月2日", 1577923200)]
    [InlineData("mardi 3 mars 2020", 1583193600)]
    public void A_text_only_a_later_locale_knows_is_read_by_it(string text, long expected) => Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("March 15 2021 März")]
    [InlineData("Sep 3 2020 Mai")]
    public void A_text_mixing_two_languages_is_read_by_none(string text) => Parse(text).ShouldBeNull();

    [Theory]
    [InlineData("2 hours ago", 1796378400)]
    [InlineData("in 3 days", 1796644800)]
    [InlineData("vor 2 Tagen", 1796212800)]
    [InlineData("il y a 3 jours", 1796126400)]
    [InlineData("hace 2 días", 1796212800)]
    public void Relative_phrases_in_any_language_count_from_now(string text, long expected) => Parse(text).ShouldBe(expected);

    [Fact]
    public void A_long_s_reads_as_an_s() => Parse("\u017fep 3 2020").ShouldBe(1599091200);
}
