using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Storage.Search;

/// <summary>Numbers, sizes, ages, days and operators inside system predicates.</summary>
internal static partial class ValueParsers
{
    public static NumberComparison Comparison(string op) => op switch
    {
        "<" => NumberComparison.Less,
        "<=" or "≤" => NumberComparison.LessOrEqual,
        "=" => NumberComparison.Equal,
        "!=" or "≠" => NumberComparison.NotEqual,
        ">=" or "≥" => NumberComparison.GreaterOrEqual,
        _ => NumberComparison.Greater,
    };

    public static int Integer(string value, int column) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new QuerySyntaxException($"'{value}' is not a whole number", column);

    /// <summary>A size like <c>1234</c>, <c>5KB</c>, <c>1.5 MB</c> (1024-based, as hydrus counts).</summary>
    public static long Size(string value, int column)
    {
        var match = SizePattern().Match(value.Trim().ToLowerInvariant());
        if (!match.Success)
        {
            throw new QuerySyntaxException($"'{value}' is not a size (try 500KB or 2.5 MB)", column);
        }

        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var multiplier = match.Groups["unit"].Value switch
        {
            "k" or "kb" or "kib" => 1024L,
            "m" or "mb" or "mib" => 1024L * 1024,
            "g" or "gb" or "gib" => 1024L * 1024 * 1024,
            _ => 1L,
        };
        return (long)Math.Round(number * multiplier);
    }

    /// <summary>An age like <c>7 days</c>, <c>3h</c>, <c>1 year 2 months ago</c>.</summary>
    public static TimeSpan Age(string value, int column)
    {
        var text = value.Trim().ToLowerInvariant();
        text = text.EndsWith(" ago", StringComparison.Ordinal) ? text[..^4] : text;
        var total = TimeSpan.Zero;
        var position = 0;
        foreach (Match part in AgePart().Matches(text))
        {
            if (part.Index != position)
            {
                break;
            }

            var number = double.Parse(part.Groups["number"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "s" or "sec" or "secs" or "second" or "seconds" => TimeSpan.FromSeconds(number),
                "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(number),
                "h" or "hour" or "hours" => TimeSpan.FromHours(number),
                "d" or "day" or "days" => TimeSpan.FromDays(number),
                "w" or "week" or "weeks" => TimeSpan.FromDays(7 * number),
                "month" or "months" => TimeSpan.FromDays(30 * number),
                _ => TimeSpan.FromDays(365 * number),
            };
            position = part.Index + part.Length;
        }

        return position == text.Length && position > 0
            ? total
            : throw new QuerySyntaxException($"'{value}' is not an age or a date (try 7 days, 12h, or 2024-01-31)", column);
    }

    /// <summary>A duration in milliseconds: <c>5s</c>, <c>1 minute 30 seconds</c>, <c>250ms</c>, or a plain number of seconds.</summary>
    public static long Duration(string value, int column)
    {
        var text = value.Trim().ToLowerInvariant();
        if (double.TryParse(text.EndsWith("ms", StringComparison.Ordinal) ? text[..^2] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return (long)Math.Round(text.EndsWith("ms", StringComparison.Ordinal) ? number : number * 1000);
        }

        try
        {
            return (long)Math.Round(Age(text, column).TotalMilliseconds);
        }
        catch (QuerySyntaxException)
        {
            throw new QuerySyntaxException($"'{value}' is not a duration (try 5s, 1 minute 30 seconds or 250ms)", column);
        }
    }

    /// <summary>A UTC day written <c>YYYY-MM-DD</c>, or null when the text is something else.</summary>
    public static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>b|k|kb|kib|m|mb|mib|g|gb|gib)?$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"\s*(?<number>\d+(\.\d+)?)\s*(?<unit>seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|h|days|day|d|weeks|week|w|months|month|years|year|y)\b\s*")]
    private static partial Regex AgePart();
}
