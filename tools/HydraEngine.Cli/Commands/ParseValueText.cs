using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Content.Types;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// A parsed value as <c>hydra parse</c> shows it to people: timestamps as ISO 8601 UTC beside the number, and
/// multi-line text (notes) indented under its label so the layout holds.
/// </summary>
internal static class ParseValueText
{
    public static string Of(ParsedContent content, string indent)
    {
        var value = ContentTypes.Default.For(content.Kind).Show(content.Value);
        var lines = value.ReplaceLineEndings("\n").Split('\n');
        return lines.Length == 1 ? value : string.Join("\n", [lines[0], .. lines.Skip(1).Select(line => indent + line)]);
    }
}
