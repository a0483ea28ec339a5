using System.Text;
using System.Text.RegularExpressions;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// Export file names from a pattern: <c>{hash}</c> the SHA-256, <c>{n}</c> the position in the results,
/// <c>{tags}</c> every display tag, <c>[namespace]</c> that namespace's subtags (e.g. <c>[creator] - [title]</c>).
/// Unsafe characters become '_', names are kept under 200 bytes, and clashes get " (2)", " (3)"….
/// </summary>
internal sealed partial class ExportNaming
{
    public const string DefaultPattern = "{hash}";

    private readonly string pattern;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public ExportNaming(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new Storage.StoreException("--pattern is empty; try {hash} or [creator] - [title]");
        }

        this.pattern = pattern;
    }

    /// <summary>A unique file name (with extension) for <paramref name="report"/>.</summary>
    public string NameFor(FileReport report, int position)
    {
        var tags = report.AllDisplayTags;
        var text = Token().Replace(pattern, match => match.Value switch
        {
            "{hash}" => report.Hash.ToHex(),
            "{n}" => position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "{tags}" => string.Join(' ', tags),
            _ => string.Join(", ", tags.Select(HydraEngine.Model.Text.HydrusTags.SplitTag)
                .Where(tag => tag.Namespace == match.Groups["ns"].Value)
                .Select(tag => tag.Subtag)),
        });
        var stem = Shorten(Sanitise(text).Trim().TrimEnd('.'));
        if (stem.Length == 0)
        {
            stem = report.Hash.ToHex();
        }

        var extension = report.Metadata?.Extension ?? "bin";
        var name = $"{stem}.{extension}";
        for (var copy = 2; !used.Add(name); copy++)
        {
            name = $"{stem} ({copy}).{extension}";
        }

        return name;
    }

    private static string Sanitise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(character is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(character) ? '_' : character);
        }

        return builder.ToString();
    }

    private static string Shorten(string stem)
    {
        while (Encoding.UTF8.GetByteCount(stem) > 200)
        {
            stem = stem[..^1];
        }

        return stem;
    }

    [GeneratedRegex(@"\{hash\}|\{n\}|\{tags\}|\[(?<ns>[^\]]+)\]")]
    private static partial Regex Token();
}
