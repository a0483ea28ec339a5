namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// dateutil 2.8's default <c>parserinfo</c> (English, dayfirst and yearfirst off): the words it skips, the
/// weekday, month, hour/minute/second and AM/PM names (case-insensitive), the UTC zone names and two-digit years.
/// </summary>
internal static class DateutilNames
{
    private static readonly HashSet<string> Jumps = new(StringComparer.OrdinalIgnoreCase)
    {
        " ", ".", ",", ";", "-", "/", "'", "at", "on", "and", "ad", "m", "t", "of", "st", "nd", "rd", "th",
    };

    private static readonly Dictionary<string, int> Weekdays = Index(
        ["mon", "monday"], ["tue", "tuesday"], ["wed", "wednesday"], ["thu", "thursday"], ["fri", "friday"],
        ["sat", "saturday"], ["sun", "sunday"]);

    private static readonly Dictionary<string, int> Months = Index(
        ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"], ["jun", "june"],
        ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"], ["oct", "october"], ["nov", "november"],
        ["dec", "december"]);

    private static readonly Dictionary<string, int> HourMinuteSecond = Index(["h", "hour", "hours"], ["m", "minute", "minutes"], ["s", "second", "seconds"]);

    private static readonly Dictionary<string, int> AmPm = Index(["am", "a"], ["pm", "p"]);

    /// <summary>The names that mean UTC as written in a text (exact case).</summary>
    public static readonly string[] UtcZoneSpellings = ["UTC", "GMT", "Z", "z"];

    public static bool IsJump(string token) => Jumps.Contains(token);

    /// <summary>0 for Monday … 6 for Sunday.</summary>
    public static int? Weekday(string token) => Weekdays.TryGetValue(token, out var day) ? day : null;

    /// <summary>1 for January … 12 for December.</summary>
    public static int? Month(string token) => Months.TryGetValue(token, out var month) ? month + 1 : null;

    /// <summary>0 hours, 1 minutes, 2 seconds.</summary>
    public static int? Hms(string token) => HourMinuteSecond.TryGetValue(token, out var unit) ? unit : null;

    /// <summary>0 AM, 1 PM.</summary>
    public static int? Ampm(string token) => AmPm.TryGetValue(token, out var half) ? half : null;

    public static bool IsPertain(string token) => string.Equals(token, "of", StringComparison.OrdinalIgnoreCase);

    public static bool IsUtcZone(string token) => token.ToLowerInvariant() is "utc" or "gmt" or "z";

    /// <summary>A zone's offset known by name: only a lower-case <c>z</c> (the default table's lookup is exact-case).</summary>
    public static long? ZoneOffset(string token) => token == "z" ? 0 : null;

    /// <summary>A two-digit year without a century lands within 50 years of <paramref name="currentYear"/>.</summary>
    public static long ConvertYear(long year, bool centurySpecified, int currentYear)
    {
        if (year >= 100 || centurySpecified)
        {
            return year;
        }

        year += currentYear / 100 * 100;
        if (year >= currentYear + 50)
        {
            return year - 100;
        }

        return year < currentYear - 50 ? year + 100 : year;
    }

    private static Dictionary<string, int> Index(params string[][] groups)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Length; i++)
        {
            foreach (var name in groups[i])
            {
                index[name] = i;
            }
        }

        return index;
    }
}
