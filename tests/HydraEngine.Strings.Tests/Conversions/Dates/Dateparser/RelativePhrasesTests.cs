using HydraEngine.Strings.Conversions.Dates;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateparser;

/// <summary>
/// Relative phrases with a number in every locale (dateparser's <c>relative-type-regex</c>), not only English.
/// Expected values from Debian's python3-dateparser 1.1 (<c>dateparser.parse</c>, TZ=UTC) at the same now.
/// </summary>
public sealed class RelativePhrasesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("12 ماه پیش", "2025-12-05T12:00:00")]
    [InlineData("3 ماه پیش", "2026-09-05T12:00:00")]
    [InlineData("2 дня назад", "2026-12-03T12:00:00")]
    [InlineData("vor 5 Minuten", "2026-12-05T11:55:00")]
    [InlineData("hace 3 horas", "2026-12-05T09:00:00")]
    [InlineData("il y a 2 semaines", "2026-11-21T12:00:00")]
    [InlineData("2 hours ago", "2026-12-05T10:00:00")]
    [InlineData("in 3 days", "2026-12-08T12:00:00")]
    public void A_number_in_a_relative_phrase_counts_in_any_locale(string text, string expected) =>
        EasyDateParser.Parse(text, Now, TimeZoneInfo.Utc).ShouldBe(DateTimeOffset.Parse(expected + "Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());

    [Fact]
    public void A_locale_without_number_phrases_still_cuts_its_text_between_two_non_word_characters() =>
        Should.Throw<FormatException>(() => EasyDateParser.Parse("ejo (haheze)", Now, TimeZoneInfo.Utc));
}
