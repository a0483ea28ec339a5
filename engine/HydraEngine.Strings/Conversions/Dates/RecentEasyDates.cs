using System.Collections.Concurrent;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// An engine's memo of the easy date texts it read lately (pages re-checked by subscriptions and watchers repeat
/// theirs): only results that did not ask for now (<see cref="DateNow"/>), for the local zone they were read in,
/// failures included; thread-safe, and emptied when it holds <c>capacity</c> texts.
/// </summary>
internal sealed class RecentEasyDates(int capacity)
{
    private readonly ConcurrentDictionary<string, (TimeZoneInfo Zone, long? Seconds)> known = new(StringComparer.Ordinal);

    /// <inheritdoc cref="EasyDateParser.Parse(string, DateTimeOffset, TimeZoneInfo)"/>
    public long Parse(string text, DateTimeOffset now, TimeZoneInfo localZone)
    {
        if (known.TryGetValue(text, out var remembered) && ReferenceEquals(remembered.Zone, localZone))
        {
            return remembered.Seconds ?? throw EasyDateParser.Unreadable(text);
        }

        var reading = new DateNow(now);
        var seconds = EasyDateParser.TryParse(text, reading, localZone);
        if (!reading.WasRead)
        {
            if (known.Count >= capacity)
            {
                known.Clear();
            }

            known[text] = (localZone, seconds);
        }

        return seconds ?? throw EasyDateParser.Unreadable(text);
    }
}
