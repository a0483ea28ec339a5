using System.Globalization;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// A parsed value as <c>hydra parse</c> shows it to people: timestamps as ISO 8601 UTC beside the number, and
/// multi-line text (notes) indented under its label so the layout holds.
/// </summary>
internal static class ParseValueText
{
    public static string Of(ParsedContent content, string indent)
    {
        var value = content.Value;
        if (content.Kind is TimestampContent && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and < 253402300800)
        {
            return $"{DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} ({value})";
        }

        var lines = value.ReplaceLineEndings("\n").Split('\n');
        return lines.Length == 1 ? value : string.Join("\n", [lines[0], .. lines.Skip(1).Select(line => indent + line)]);
    }
}
