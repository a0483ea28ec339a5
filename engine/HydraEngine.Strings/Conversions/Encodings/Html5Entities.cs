using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>
/// The WHATWG table of 2,231 named character references, equal to Python's <c>html.entities.html5</c>: names with
/// their <c>;</c>, and the legacy names also usable without it. Read once from the embedded
/// <c>Html5Entities.txt</c> (one <c>name HEX HEX…</c> line each, generated from Python's table).
/// </summary>
internal static class Html5Entities
{
    private static readonly FrozenDictionary<string, string> Table = Load();

    /// <summary>Every name and the text it stands for.</summary>
    public static IReadOnlyDictionary<string, string> All => Table;

    /// <summary>The text a name (with or without its <c>;</c>) stands for, or null when it is not in the table.</summary>
    public static string? Find(string name) => Table.GetValueOrDefault(name);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(Html5Entities).Assembly.GetManifestResourceStream("HydraEngine.Strings.Html5Entities.txt")
            ?? throw new InvalidOperationException("the embedded HTML5 entity table is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = line.Split(' ');
            var text = new StringBuilder();
            foreach (var codePoint in fields.AsSpan(1))
            {
                text.Append(char.ConvertFromUtf32(int.Parse(codePoint, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table.Add(fields[0], text.ToString());
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
