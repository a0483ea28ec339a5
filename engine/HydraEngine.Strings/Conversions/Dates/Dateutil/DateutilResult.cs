namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>What dateutil's <c>_parse</c> fills in while it reads the tokens of one text (unset fields stay null).</summary>
internal sealed class DateutilResult
{
    public long? Year { get; set; }

    public long? Month { get; set; }

    public long? Day { get; set; }

    public long? Weekday { get; set; }

    public long? Hour { get; set; }

    public long? Minute { get; set; }

    public long? Second { get; set; }

    public long? Microsecond { get; set; }

    public int? Ampm { get; set; }

    public string? TzName { get; set; }

    public long? TzOffset { get; set; }

    public bool CenturySpecified { get; set; }

    /// <summary>Whether anything at all was read (dateutil's "String does not contain a date" when not).</summary>
    public bool IsEmpty =>
        Year is null && Month is null && Day is null && Weekday is null && Hour is null && Minute is null
        && Second is null && Microsecond is null && Ampm is null && TzName is null && TzOffset is null;
}
