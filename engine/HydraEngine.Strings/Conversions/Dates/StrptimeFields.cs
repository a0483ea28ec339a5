namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>The raw fields <c>strptime</c> collected, with Python's defaults (null = not given).</summary>
internal sealed class StrptimeFields
{
    public int? Year { get; set; }

    public int Month { get; set; } = 1;

    public int Day { get; set; } = 1;

    public int Hour { get; set; }

    public int Minute { get; set; }

    public int Second { get; set; }

    public int Microsecond { get; set; }

    /// <summary>Monday = 0.</summary>
    public int? Weekday { get; set; }

    public int? Julian { get; set; }

    public int? WeekOfYear { get; set; }

    public bool WeekStartsMonday { get; set; }

    public int? IsoYear { get; set; }

    public int? IsoWeek { get; set; }

    public long? OffsetSeconds { get; set; }
}
