namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Turns <see cref="StrptimeFields"/> into a date as Python's <c>_strptime</c> and the <c>datetime</c> constructor
/// do: default year 1900, day-of-year and week/weekday calculations, and range validation (Feb 29 without a
/// year fails, as it does in Python 3.11).
/// </summary>
internal static class StrptimeResolver
{
    public static ParsedDate Resolve(StrptimeFields fields)
    {
        var year = fields.Year;
        var julian = fields.Julian;
        if (year is null && fields.IsoYear is not null)
        {
            if (fields.IsoWeek is null || fields.Weekday is null || julian is not null)
            {
                throw new FormatException("ISO year directive '%G' must be used with '%V' and a weekday directive, and not with '%j'");
            }
        }
        else if (fields.WeekOfYear is null && fields.IsoWeek is not null)
        {
            throw new FormatException("ISO week directive '%V' must be used with the ISO year '%G' and a weekday directive");
        }

        var resolvedYear = year ?? 1900;
        if (julian is null && fields.Weekday is { } weekday)
        {
            if (fields.WeekOfYear is { } week)
            {
                julian = JulianFromWeek(resolvedYear, week, weekday, fields.WeekStartsMonday);
            }
            else if (fields.IsoYear is { } isoYear && fields.IsoWeek is { } isoWeek)
            {
                (resolvedYear, julian) = JulianFromIsoWeek(isoYear, isoWeek, weekday + 1);
            }

            if (julian <= 0)
            {
                resolvedYear--;
                julian += DateTime.IsLeapYear(Checked(resolvedYear)) ? 366 : 365;
            }
        }

        var date = julian is { } day
            ? new DateOnly(Checked(resolvedYear), 1, 1).AddDays(day - 1)
            : new DateOnly(Checked(resolvedYear), fields.Month, fields.Day);
        var value = date.ToDateTime(new TimeOnly(fields.Hour, fields.Minute, fields.Second)).AddTicks(fields.Microsecond * 10L);
        return new ParsedDate(value, fields.OffsetSeconds);
    }

    /// <summary>Python's <c>_calc_julian_from_U_or_W</c>.</summary>
    private static int JulianFromWeek(int year, int week, int weekday, bool weekStartsMonday)
    {
        var firstWeekday = DateNames.PythonWeekday(new DateOnly(Checked(year), 1, 1));
        if (!weekStartsMonday)
        {
            firstWeekday = (firstWeekday + 1) % 7;
            weekday = (weekday + 1) % 7;
        }

        var weekZeroLength = (7 - firstWeekday) % 7;
        return week == 0 ? 1 + weekday - firstWeekday : 1 + weekZeroLength + (7 * (week - 1)) + weekday;
    }

    /// <summary>Python's <c>_calc_julian_from_V</c> (ISO weekday 1–7).</summary>
    private static (int Year, int Julian) JulianFromIsoWeek(int isoYear, int isoWeek, int isoWeekday)
    {
        var correction = (int)new DateOnly(Checked(isoYear), 1, 4).DayOfWeek;
        correction = (correction == 0 ? 7 : correction) + 3;
        var ordinal = (isoWeek * 7) + isoWeekday - correction;
        if (ordinal < 1)
        {
            ordinal += new DateOnly(isoYear, 1, 1).DayNumber;
            isoYear--;
            ordinal -= new DateOnly(Checked(isoYear), 1, 1).DayNumber;
        }

        return (isoYear, ordinal);
    }

    private static int Checked(int year) =>
        year is >= 1 and <= 9999 ? year : throw new FormatException($"year {year} is out of range");
}
