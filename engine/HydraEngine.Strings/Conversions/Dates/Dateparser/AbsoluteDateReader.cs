using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser 1.1's <c>parser._parser</c> with a locale's date order (MDY in English) and its default settings: tokens are
/// read in turn as a time (a colon, a following am/pm, <c>h.mm</c>), a number (month, day, year: the first free
/// one <c>strptime</c> accepts, a four-digit year taking the year) or a weekday or month name; what is missing comes
/// from today (UTC), the day of a date without one is today's, and a lone weekday is its last occurrence.
/// </summary>
internal sealed partial class AbsoluteDateReader
{

    private readonly string[] numberOrder;
    private readonly List<DateToken> tokens;
    private readonly List<(string Text, int Kind, int Index)> filtered;
    private readonly List<DateToken> unset = [];
    private readonly List<string> autoOrder = [];
    private readonly Dictionary<string, int> values = [];
    private readonly Dictionary<string, DateToken?> tokenOf = new() { ["day"] = null, ["month"] = null, ["year"] = null };
    private string? timeToken;
    private string? weekdayToken;

    private AbsoluteDateReader(string text, string dateOrder)
    {
        numberOrder = [.. dateOrder.Select(letter => letter switch { 'D' => "day", 'M' => "month", _ => "year" })];
        tokens = [.. DateparserTokenizer.Tokenize(text).Select(token => token with { Text = token.Text.Trim() })];
        filtered = [.. tokens.Select((token, index) => (token.Text, token.Kind, index)).Where(token => token.Kind <= 1)];
        Read();
    }

    /// <summary>The naive date of a translated text, or null when dateparser raises <c>ValueError</c>.</summary>
    public static DateTime? Parse(string text, string dateOrder, DateNow now)
    {
        try
        {
            var reader = new AbsoluteDateReader(text, dateOrder);
            return reader.Result(now) is { } date ? reader.CorrectForDay(reader.CorrectForWeekday(date), now) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Read()
    {
        var skip = new HashSet<int>();
        string? skipComponent = null;
        for (var index = 0; index < filtered.Count; index++)
        {
            var (token, kind, original) = filtered[index];
            if (skip.Contains(index) || token is "t" or "year" or "hour" or "minute")
            {
                continue;
            }

            if (timeToken is null && TryTime(ref token, index, original, skip))
            {
                continue;
            }

            foreach (var (component, value) in kind == 0 ? ParseNumber(token, skipComponent) : ParseAlpha(token))
            {
                if (token.Length == 4 && component == "year")
                {
                    skipComponent = "year";
                }

                values[component] = value;
            }
        }

        foreach (var component in numberOrder.Where(component => !values.ContainsKey(component)).ToList())
        {
            foreach (var token in unset.Where(token => token.Kind == 0))
            {
                values[component] = int.TryParse(token.Text, out var number) ? number : throw new FormatException("not a number");
                tokenOf[component] = token;
            }
        }
    }

    private bool TryTime(ref string token, int index, int original, HashSet<int> skip)
    {
        var meridianIndex = index + 1;
        if (original + 1 < tokens.Count && tokens[original + 1].Text == "." && !(original != 0 && tokens[original - 1].Text == ".") && index + 1 < filtered.Count)
        {
            var next = filtered[index + 1];
            var nextIsLast = index + 1 == filtered.Count - 1;
            if (nextIsLast || next.Index + 1 < tokens.Count && tokens[next.Index + 1].Text != ".")
            {
                var joined = token + ":" + next.Text;
                if (HourMinute().IsMatch(joined))
                {
                    token = joined;
                    skip.Add(index + 1);
                    meridianIndex++;
                }
            }
        }

        string? microsecond = null;
        if (index + 1 < filtered.Count && Microsecond().Match(filtered[index + 1].Text) is { Success: true } digits && token.Contains(':', StringComparison.Ordinal))
        {
            var at = tokens.IndexOf(new DateToken(token, 0));
            if (at >= 0 && at + 1 < tokens.Count && tokens[at + 1].Text.Contains('.', StringComparison.Ordinal))
            {
                microsecond = digits.Value;
                meridianIndex++;
            }
        }

        var meridian = meridianIndex < filtered.Count && Meridian().Match(filtered[meridianIndex].Text) is { Success: true } m ? m.Value : null;
        if (!token.Contains(':', StringComparison.Ordinal) && meridian is null && microsecond is null)
        {
            return false;
        }

        timeToken = (meridian, microsecond) switch
        {
            ({ }, null) => $"{token} {meridian}",
            (null, { }) => $"{token}.{microsecond}",
            ({ }, { }) => $"{token}.{microsecond} {meridian}",
            _ => token,
        };
        if (microsecond is not null)
        {
            skip.Add(index + 1);
        }

        if (meridian is not null)
        {
            skip.Add(meridianIndex);
        }

        return true;
    }

    private List<(string, int)> ParseNumber(string token, string? skipComponent)
    {
        foreach (var component in numberOrder)
        {
            if (component == skipComponent)
            {
                continue;
            }

            foreach (var directive in component == "year" ? ["%y", "%Y"] : component == "month" ? new[] { "%m" } : ["%d"])
            {
                if (DateparserTime.TryStrptime(token, directive) is not { } parsed)
                {
                    continue;
                }

                if (!values.ContainsKey(component))
                {
                    return Set(token, 0, component, parsed);
                }

                var previous = tokenOf[component]!.Value;
                if (previous.Kind == 0 && DateparserTime.TryStrptime(previous.Text, directive) is null)
                {
                    unset.Add(previous);
                    return Set(token, 0, component, parsed);
                }
            }
        }

        throw new FormatException($"Unable to parse: {token}");
    }

    private List<(string, int)> ParseAlpha(string token)
    {
        foreach (var directive in new[] { "%A", "%a" })
        {
            if (DateparserTime.TryStrptime(token, directive) is not null && weekdayToken is null)
            {
                weekdayToken = token;
                return [];
            }
        }

        foreach (var directive in new[] { "%B", "%b" })
        {
            if (DateparserTime.TryStrptime(token, directive) is not { } parsed)
            {
                continue;
            }

            if (!values.TryGetValue("month", out var previous))
            {
                tokenOf["month"] = new DateToken(token, 1);
                return [("month", parsed.Month)];
            }

            var at = autoOrder.IndexOf("month");
            if (at >= 0)
            {
                autoOrder[at] = "day";
                tokenOf["day"] = tokenOf["month"];
                tokenOf["month"] = new DateToken(token, 1);
                return [("month", parsed.Month), ("day", previous)];
            }
        }

        throw new FormatException($"Unable to parse: {token}");
    }

    private List<(string, int)> Set(string token, int kind, string component, DateTime parsed)
    {
        autoOrder.Add(component);
        tokenOf[component] = new DateToken(token, kind);
        return [(component, component == "month" ? parsed.Month : component == "day" ? parsed.Day : parsed.Year)];
    }
}
