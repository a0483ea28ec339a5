namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// dateutil 2.8's <c>_parse_numeric_token</c>: what a number token means from its length and its neighbours (an
/// hour after a full date, <c>YYMMDD</c>/<c>HHMMSS</c>, <c>YYYYMMDD[HHMM[SS]]</c>, a value with an h/m/s word,
/// <c>H:M[:S]</c>, a separated date, a number before AM/PM, a day). Returns the index of the last token it used.
/// </summary>
internal static class DateutilNumericToken
{
    public static int Read(List<string> tokens, int index, DateutilYmd ymd, DateutilResult result)
    {
        var text = tokens[index];
        var value = DateutilNumbers.ToDecimal(text);
        string? Next(int offset) => index + offset < tokens.Count ? tokens[index + offset] : null;

        if (ymd.Count == 3 && text.Length is 2 or 4 && result.Hour is null
            && (Next(1) is not { } after || (after != ":" && DateutilNames.Hms(after) is null)))
        {
            result.Hour = DateutilNumbers.PyInt(text[..2]);
            if (text.Length == 4)
            {
                result.Minute = DateutilNumbers.PyInt(text[2..]);
            }
        }
        else if (text.Length == 6 || (text.Length > 6 && text.IndexOf('.', StringComparison.Ordinal) == 6))
        {
            SixDigits(text, ymd, result);
        }
        else if (text.Length is 8 or 12 or 14)
        {
            ymd.Append(text[..4], 'Y');
            ymd.Append(text[4..6]);
            ymd.Append(text[6..8]);
            if (text.Length > 8)
            {
                result.Hour = DateutilNumbers.PyInt(text[8..10]);
                result.Minute = DateutilNumbers.PyInt(text[10..12]);
                if (text.Length > 12)
                {
                    result.Second = DateutilNumbers.PyInt(text[12..]);
                }
            }
        }
        else if (HmsIndex(tokens, index) is { } hmsIndex)
        {
            index = AssignHms(tokens, index, hmsIndex, result);
        }
        else if (Next(1) == ":" && Next(2) is { } minutes)
        {
            result.Hour = DateutilNumbers.Truncate(value);
            (result.Minute, result.Second) = MinuteAndSecond(DateutilNumbers.ToDecimal(minutes));
            if (Next(3) == ":" && Next(4) is { } seconds)
            {
                (result.Second, result.Microsecond) = DateutilNumbers.SecondsAndMicroseconds(seconds);
                index += 2;
            }

            index += 2;
        }
        else if (Next(1) is "-" or "/" or ".")
        {
            index = SeparatedDate(tokens, index, ymd);
        }
        else if (Next(1) is not { } following || DateutilNames.IsJump(following))
        {
            if (Next(2) is { } word && DateutilNames.Ampm(word) is { } half)
            {
                result.Hour = AdjustAmpm(DateutilNumbers.Truncate(value), half);
                index++;
            }
            else
            {
                ymd.Append(value);
            }

            index++;
        }
        else if (DateutilNames.Ampm(Next(1)!) is { } half && value is >= 0 and < 24)
        {
            result.Hour = AdjustAmpm(DateutilNumbers.Truncate(value), half);
            index++;
        }
        else
        {
            ymd.Append(ymd.CouldBeDay(value) ? value : throw new FormatException("a number that is no part of a date"));
        }

        return index;
    }

    /// <summary>An hour on the 12-hour clock made 24-hour: 1 PM is 13, 12 AM is 0.</summary>
    public static long AdjustAmpm(long hour, int half) => (hour, half) switch
    {
        ( < 12, 1) => hour + 12,
        (12, 0) => 0,
        _ => hour,
    };

    /// <summary>dateutil's <c>_parse_min_sec</c>: whole minutes, and seconds only when there is a fraction.</summary>
    public static (long Minute, long? Second) MinuteAndSecond(decimal value) =>
        (DateutilNumbers.Truncate(value), value % 1 != 0 ? DateutilNumbers.Sixtieths(value) : null);

    private static void SixDigits(string text, DateutilYmd ymd, DateutilResult result)
    {
        if (ymd.Count == 0 && !text.Contains('.', StringComparison.Ordinal))
        {
            ymd.Append(text[..2]);
            ymd.Append(text[2..4]);
            ymd.Append(text[4..]);
            return;
        }

        result.Hour = DateutilNumbers.PyInt(text[..2]);
        result.Minute = DateutilNumbers.PyInt(text[2..4]);
        (result.Second, result.Microsecond) = DateutilNumbers.SecondsAndMicroseconds(text[4..]);
    }

    private static int SeparatedDate(List<string> tokens, int index, DateutilYmd ymd)
    {
        var separator = tokens[index + 1];
        ymd.Append(tokens[index]);
        if (index + 2 < tokens.Count && !DateutilNames.IsJump(tokens[index + 2]))
        {
            var second = tokens[index + 2];
            if (second.Length > 0 && second.All(char.IsDigit))
            {
                ymd.Append(second);
            }
            else
            {
                ymd.Append(DateutilNames.Month(second) ?? throw new FormatException("neither a number nor a month"), 'M');
            }

            if (index + 3 < tokens.Count && tokens[index + 3] == separator)
            {
                var third = index + 4 < tokens.Count ? tokens[index + 4] : throw new FormatException("list index out of range");
                if (DateutilNames.Month(third) is { } month)
                {
                    ymd.Append(month, 'M');
                }
                else
                {
                    ymd.Append(third);
                }

                index += 2;
            }

            index++;
        }

        return index + 1;
    }

    /// <summary>dateutil's <c>_find_hms_idx</c>: an h/m/s word right after (or after a space), or right before.</summary>
    private static int? HmsIndex(List<string> tokens, int index)
    {
        var count = tokens.Count;
        if (index + 1 < count && DateutilNames.Hms(tokens[index + 1]) is not null)
        {
            return index + 1;
        }

        if (index + 2 < count && tokens[index + 1] == " " && DateutilNames.Hms(tokens[index + 2]) is not null)
        {
            return index + 2;
        }

        if (index > 0 && DateutilNames.Hms(tokens[index - 1]) is not null)
        {
            return index - 1;
        }

        return index > 1 && index == count - 1 && tokens[index - 1] == " " && DateutilNames.Hms(tokens[index - 2]) is not null
            ? index - 2
            : null;
    }

    /// <summary>A value with its unit word after it, or the next unit down when the word comes before it.</summary>
    private static int AssignHms(List<string> tokens, int index, int hmsIndex, DateutilResult result)
    {
        var unit = DateutilNames.Hms(tokens[hmsIndex])!.Value + (hmsIndex > index ? 0 : 1);
        var text = tokens[index];
        var value = DateutilNumbers.ToDecimal(text);
        switch (unit)
        {
            case 0:
                result.Hour = DateutilNumbers.Truncate(value);
                if (value % 1 != 0)
                {
                    result.Minute = DateutilNumbers.Sixtieths(value);
                }

                break;
            case 1:
                (result.Minute, result.Second) = MinuteAndSecond(value);
                break;
            case 2:
                (result.Second, result.Microsecond) = DateutilNumbers.SecondsAndMicroseconds(text);
                break;
        }

        return hmsIndex > index ? hmsIndex : index;
    }
}
