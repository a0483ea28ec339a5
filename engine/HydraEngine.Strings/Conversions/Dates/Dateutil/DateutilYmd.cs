namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// dateutil 2.8's <c>_ymd</c>: up to three numbers for year, month and day, some labelled by how they were
/// written (a month name, a year with its century), resolved into year, month and day with dayfirst and
/// yearfirst off.
/// </summary>
internal sealed class DateutilYmd
{
    private readonly List<long> values = [];
    private int? yearIndex;
    private int? monthIndex;
    private int? dayIndex;

    public int Count => values.Count;

    public bool CenturySpecified { get; private set; }

    /// <summary>Whether a number could still be the day (none yet, and within the month's length when known).</summary>
    public bool CouldBeDay(decimal value)
    {
        if (dayIndex is not null)
        {
            return false;
        }

        if (monthIndex is not { } month)
        {
            return value is >= 1 and <= 31;
        }

        var length = yearIndex is { } year ? DaysIn(values[year], values[month]) : DaysIn(2000, values[month]);
        return value >= 1 && value <= length;
    }

    /// <summary>A number as written: more than two digits makes it the year (with its century).</summary>
    public void Append(string text, char? label = null)
    {
        if (text.Length > 2 && text.All(char.IsDigit))
        {
            label = MarkYear(label);
        }

        Add(DateutilNumbers.PyInt(text), label);
    }

    /// <summary>A number already read: above 100 makes it the year (with its century).</summary>
    public void Append(decimal value, char? label = null)
    {
        if (value > 100)
        {
            label = MarkYear(label);
        }

        Add(DateutilNumbers.Truncate(value), label);
    }

    public (long? Year, long? Month, long? Day) Resolve()
    {
        var labelled = new Dictionary<char, int>();
        AddLabel(labelled, 'y', yearIndex);
        AddLabel(labelled, 'm', monthIndex);
        AddLabel(labelled, 'd', dayIndex);
        if ((values.Count == labelled.Count && labelled.Count > 0) || (values.Count == 3 && labelled.Count == 2))
        {
            return FromLabels(labelled);
        }

        return values.Count switch
        {
            > 3 => throw new FormatException("More than three YMD values"),
            0 => (null, null, null),
            1 => ResolveOne(),
            2 when monthIndex is not null => ResolveOne(),
            2 => ResolveTwo(),
            _ => ResolveThree(),
        };
    }

    private static int DaysIn(long year, long month) =>
        month is < 1 or > 12 ? throw new FormatException("bad month number") : DateTime.DaysInMonth((int)Math.Clamp(year, 1, 9999), (int)month);

    private static void AddLabel(Dictionary<char, int> labelled, char key, int? index)
    {
        if (index is { } found)
        {
            labelled[key] = found;
        }
    }

    private char MarkYear(char? label)
    {
        CenturySpecified = true;
        return label is null or 'Y' ? 'Y' : throw new FormatException("a year labelled otherwise");
    }

    private void Add(long value, char? label)
    {
        values.Add(value);
        var index = values.Count - 1;
        switch (label)
        {
            case 'M':
                monthIndex = monthIndex is null ? index : throw new FormatException("Month is already set");
                break;
            case 'D':
                dayIndex = dayIndex is null ? index : throw new FormatException("Day is already set");
                break;
            case 'Y':
                yearIndex = yearIndex is null ? index : throw new FormatException("Year is already set");
                break;
        }
    }

    private (long?, long?, long?) FromLabels(Dictionary<char, int> labelled)
    {
        if (values.Count == 3 && labelled.Count == 2)
        {
            var missingIndex = Enumerable.Range(0, 3).First(i => !labelled.ContainsValue(i));
            var missingKey = "ymd".First(key => !labelled.ContainsKey(key));
            labelled[missingKey] = missingIndex;
        }

        long? Get(char key) => labelled.TryGetValue(key, out var index) ? values[index] : null;
        return (Get('y'), Get('m'), Get('d'));
    }

    private (long?, long?, long?) ResolveOne()
    {
        long? month = null;
        long other;
        if (monthIndex is { } m)
        {
            month = values[m];
            other = values[m == 0 ? values.Count - 1 : m - 1];
        }
        else
        {
            other = values[0];
        }

        if (values.Count > 1 || monthIndex is null)
        {
            return other > 31 ? (other, month, null) : (null, month, other);
        }

        return (null, month, null);
    }

    private (long?, long?, long?) ResolveTwo()
    {
        var (first, second) = (values[0], values[1]);
        if (first > 31)
        {
            return (first, second, null);
        }

        return second > 31 ? (second, first, null) : (null, first, second);
    }

    private (long?, long?, long?) ResolveThree()
    {
        var (a, b, c) = (values[0], values[1], values[2]);
        return monthIndex switch
        {
            0 => b > 31 ? (b, a, c) : (c, a, b),
            1 => a > 31 ? (a, b, c) : (c, b, a),
            2 => b > 31 ? (b, c, a) : (a, c, b),
            _ when a > 31 || yearIndex == 0 => (a, b, c),
            _ => a > 12 ? (c, b, a) : (c, a, b),
        };
    }
}
