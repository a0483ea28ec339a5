namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Natural-language date reading for type 14 as hydrus's <c>ClientTime.ParseDate</c> does it: the port of
/// <c>dateparser</c> 1.1 (<see cref="Dateparser.DateparserReader"/>), then, for texts it gives nothing for, the port of
/// <c>dateutil.parser.parse</c> 2.8 (<see cref="Dateutil.DateutilReader"/>); a text neither reads is an error.
/// </summary>
internal static class EasyDateParser
{
    /// <summary>The Unix time (truncated) of a date text.</summary>
    /// <exception cref="FormatException">Nothing could read the text.</exception>
    public static long Parse(string text, DateTimeOffset now, TimeZoneInfo localZone) =>
        TryParse(text, new DateNow(now), localZone) ?? throw Unreadable(text);

    /// <summary>The Unix time (truncated) of a date text, or null when nothing could read it.</summary>
    public static long? TryParse(string text, DateNow now, TimeZoneInfo localZone) =>
        Dateparser.DateparserReader.Parse(text, now, localZone) ?? Dateutil.DateutilReader.Parse(text, now.Value, localZone);

    public static FormatException Unreadable(string text) => new($"Sorry, could not parse that date: \"{text}\"");
}
