namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// dateutil 2.8's <c>_parse</c> (not fuzzy): each token is a number, a weekday, a month (with <c>-</c>/<c>/</c>
/// parts or "of YEAR"), AM/PM, a zone name, a <c>+HHMM</c> offset or a word to skip; anything else, or a
/// malformed part, makes the whole text unreadable (null). Then the year, month and day are resolved and the
/// two-digit year and UTC names settled as <c>parserinfo.validate</c> does.
/// </summary>
internal static class DateutilTokenReader
{
    public static DateutilResult? Read(string text, int currentYear)
    {
        try
        {
            return ReadTokens(DateutilTokenizer.Split(text), currentYear);
        }
        catch (Exception error) when (error is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateutilResult ReadTokens(List<string> tokens, int currentYear)
    {
        var result = new DateutilResult();
        var ymd = new DateutilYmd();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (DateutilNumbers.IsFloat(token))
            {
                i = DateutilNumericToken.Read(tokens, i, ymd, result);
            }
            else if (DateutilNames.Weekday(token) is { } weekday)
            {
                result.Weekday = weekday;
            }
            else if (DateutilNames.Month(token) is { } month)
            {
                i = ReadMonth(tokens, i, month, ymd, currentYear);
            }
            else if (DateutilNames.Ampm(token) is { } half)
            {
                result.Hour = result.Hour is { } hour and >= 0 and <= 12
                    ? DateutilNumericToken.AdjustAmpm(hour, half)
                    : throw new FormatException("AM or PM without a 12-hour clock hour");
                result.Ampm = half;
            }
            else if (CouldBeZoneName(result, token))
            {
                ReadZoneName(tokens, i, result);
            }
            else if (result.Hour is not null && token is "+" or "-")
            {
                i = ReadOffset(tokens, i, result);
            }
            else if (!DateutilNames.IsJump(token))
            {
                throw new FormatException($"unknown token {token}");
            }
        }

        var (year, resolvedMonth, day) = ymd.Resolve();
        result.CenturySpecified = ymd.CenturySpecified;
        result.Year = year is { } y ? DateutilNames.ConvertYear(y, result.CenturySpecified, currentYear) : null;
        result.Month = resolvedMonth;
        result.Day = day;
        SettleUtc(result);
        return result;
    }

    private static int ReadMonth(List<string> tokens, int i, int month, DateutilYmd ymd, int currentYear)
    {
        ymd.Append(month, 'M');
        if (i + 1 >= tokens.Count)
        {
            return i;
        }

        if (tokens[i + 1] is "-" or "/")
        {
            var separator = tokens[i + 1];
            ymd.Append(i + 2 < tokens.Count ? tokens[i + 2] : throw new FormatException("list index out of range"));
            if (i + 3 < tokens.Count && tokens[i + 3] == separator)
            {
                ymd.Append(i + 4 < tokens.Count ? tokens[i + 4] : throw new FormatException("list index out of range"));
                i += 2;
            }

            return i + 2;
        }

        if (i + 4 < tokens.Count && tokens[i + 1] == " " && tokens[i + 3] == " " && DateutilNames.IsPertain(tokens[i + 2]))
        {
            var yearText = tokens[i + 4];
            if (yearText.Length > 0 && yearText.All(char.IsDigit))
            {
                var year = DateutilNames.ConvertYear(DateutilNumbers.PyInt(yearText), false, currentYear);
                ymd.Append(year.ToString(System.Globalization.CultureInfo.InvariantCulture), 'Y');
            }

            return i + 4;
        }

        return i;
    }

    /// <summary>dateutil's <c>_could_be_tzname</c>: after an hour, no zone yet, up to five capitals or a UTC name.</summary>
    private static bool CouldBeZoneName(DateutilResult result, string token) =>
        result.Hour is not null && result.TzName is null && result.TzOffset is null && IsZoneLike(token);

    private static bool IsZoneLike(string token) =>
        token.Length <= 5 && (token.All(c => c is >= 'A' and <= 'Z') || DateutilNames.UtcZoneSpellings.Contains(token));

    /// <summary>A zone name; a sign after it is POSIX-style (flipped), and after a UTC name the offset alone counts.</summary>
    private static void ReadZoneName(List<string> tokens, int i, DateutilResult result)
    {
        result.TzName = tokens[i];
        result.TzOffset = DateutilNames.ZoneOffset(tokens[i]);
        if (i + 1 < tokens.Count && tokens[i + 1] is "+" or "-")
        {
            tokens[i + 1] = tokens[i + 1] == "+" ? "-" : "+";
            result.TzOffset = null;
            if (DateutilNames.IsUtcZone(tokens[i]))
            {
                result.TzName = null;
            }
        }
    }

    /// <summary>A <c>+HHMM</c>, <c>+HH:MM</c> or <c>+HH</c> offset, optionally followed by " (NAME)".</summary>
    private static int ReadOffset(List<string> tokens, int i, DateutilResult result)
    {
        var sign = tokens[i] == "+" ? 1 : -1;
        var digits = i + 1 < tokens.Count ? tokens[i + 1] : throw new FormatException("list index out of range");
        long hours;
        long minutes;
        if (digits.Length == 4)
        {
            (hours, minutes) = (DateutilNumbers.PyInt(digits[..2]), DateutilNumbers.PyInt(digits[2..]));
        }
        else if (i + 2 < tokens.Count && tokens[i + 2] == ":")
        {
            hours = DateutilNumbers.PyInt(digits);
            minutes = DateutilNumbers.PyInt(i + 3 < tokens.Count ? tokens[i + 3] : throw new FormatException("list index out of range"));
            i += 2;
        }
        else
        {
            (hours, minutes) = digits.Length <= 2 ? (DateutilNumbers.PyInt(digits), 0) : throw new FormatException("bad offset");
        }

        result.TzOffset = sign * ((hours * 3600) + (minutes * 60));
        if (i + 5 < tokens.Count && DateutilNames.IsJump(tokens[i + 2]) && tokens[i + 3] == "(" && tokens[i + 5] == ")"
            && tokens[i + 4].Length >= 3 && result.TzName is null && IsZoneLike(tokens[i + 4]))
        {
            result.TzName = tokens[i + 4];
            i += 4;
        }

        return i + 1;
    }

    private static void SettleUtc(DateutilResult result)
    {
        if ((result.TzOffset == 0 && string.IsNullOrEmpty(result.TzName)) || result.TzName is "Z" or "z")
        {
            result.TzName = "UTC";
            result.TzOffset = 0;
        }
        else if (result.TzOffset != 0 && !string.IsNullOrEmpty(result.TzName) && DateutilNames.IsUtcZone(result.TzName))
        {
            result.TzOffset = 0;
        }
    }
}
