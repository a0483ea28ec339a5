namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>The C/English locale names Python's <c>strptime</c> and glibc's <c>strftime</c> use.</summary>
internal static class DateNames
{
    /// <summary>Full month names, January first.</summary>
    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Full weekday names, Monday first (Python's <c>weekday()</c> order).</summary>
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Python's <c>weekday()</c> (Monday = 0) of a date.</summary>
    public static int PythonWeekday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    /// <summary>The index (0-based) of a name, by full or 3-letter form, ignoring case; -1 if none.</summary>
    public static int IndexOf(string[] names, string value, bool abbreviated)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var name = abbreviated ? names[i][..3] : names[i];
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
