namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// "Now" for one date reading, which remembers whether the reading asked for it: a result read without it (no
/// relative phrase, no missing part taken from today) is the same at any time, so it may be remembered
/// (<see cref="RecentEasyDates"/>).
/// </summary>
internal sealed class DateNow(DateTimeOffset now)
{
    /// <summary>Now (and the reading depends on it from here on).</summary>
    public DateTimeOffset Value
    {
        get
        {
            WasRead = true;
            return now;
        }
    }

    public bool WasRead { get; private set; }
}
