using HydraEngine.Strings.Conversions.Dates;

namespace HydraEngine.Strings.Tests.Conversions.Dates;

/// <summary>The engine's memo of easy date texts: what does not depend on now is remembered, the rest follows the clock.</summary>
public sealed class RecentEasyDatesTests
{
    private static readonly DateTimeOffset Before = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2030, 3, 31, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_complete_date_reads_the_same_at_any_time()
    {
        var recent = new RecentEasyDates(16);

        recent.Parse("2021-04-28T13:20:09.469-04:00", Before, TimeZoneInfo.Utc).ShouldBe(1619630409);
        recent.Parse("2021-04-28T13:20:09.469-04:00", After, TimeZoneInfo.Utc).ShouldBe(1619630409);
    }

    [Theory]
    [InlineData("2 hours ago")]
    [InlineData("Feb 3")]
    [InlineData("10:30")]
    [InlineData("Wed Sep 20 10:31:21 -0500 2017")]
    public void A_date_that_asks_for_now_is_read_again_at_each_time(string text)
    {
        var recent = new RecentEasyDates(16);

        recent.Parse(text, Before, TimeZoneInfo.Utc).ShouldBe(EasyDateParser.Parse(text, Before, TimeZoneInfo.Utc));
        recent.Parse(text, After, TimeZoneInfo.Utc).ShouldBe(EasyDateParser.Parse(text, After, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_naive_date_is_remembered_per_local_zone()
    {
        var recent = new RecentEasyDates(16);
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("Tokyo", TimeSpan.FromHours(9), "Tokyo", "Tokyo");

        recent.Parse("2021-04-28 13:20", Before, TimeZoneInfo.Utc).ShouldBe(1619616000);
        recent.Parse("2021-04-28 13:20", Before, tokyo).ShouldBe(1619583600);
    }

    [Fact]
    public void An_unreadable_text_fails_each_time()
    {
        var recent = new RecentEasyDates(16);

        Should.Throw<FormatException>(() => recent.Parse("10:00 +900", Before, TimeZoneInfo.Utc));
        Should.Throw<FormatException>(() => recent.Parse("10:00 +900", Before, TimeZoneInfo.Utc)).Message.ShouldContain("10:00 +900");
    }

    [Fact]
    public void A_full_memo_empties_and_goes_on_reading()
    {
        var recent = new RecentEasyDates(1);

        recent.Parse("2021-04-28 13:20", Before, TimeZoneInfo.Utc).ShouldBe(1619616000);
        recent.Parse("2021-04-29 13:20", Before, TimeZoneInfo.Utc).ShouldBe(1619702400);
        recent.Parse("2021-04-28 13:20", Before, TimeZoneInfo.Utc).ShouldBe(1619616000);
    }
}
