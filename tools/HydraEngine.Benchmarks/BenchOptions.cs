using System.Globalization;

namespace HydraEngine.Benchmarks;

/// <summary>
/// <c>tools/bench</c>'s options: <c>--name value</c> pairs (repeatable ones are kept in order) and bare flags such
/// as <c>--json</c>. Every round and scale count is an option, so a quick check and the quiet full run use the same code.
/// </summary>
internal sealed class BenchOptions
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "no-hydrus", "no-cold", "no-warm" };
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    public BenchOptions(IEnumerable<string> args)
    {
        using var enumerator = args.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var argument = enumerator.Current;
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected an option like --rounds 5, got '{argument}'");
            }

            var name = argument[2..];
            if (Flags.Contains(name))
            {
                Add(name, "true");
            }
            else if (enumerator.MoveNext())
            {
                Add(name, enumerator.Current);
            }
            else
            {
                throw new ArgumentException($"--{name} needs a value");
            }
        }
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string? Text(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public int Number(string name, int fallback)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ArgumentException($"--{name} needs a whole number of 0 or more (got '{text}')");
    }

    public double Seconds(string name, double fallback)
    {
        var text = Text(name);
        return text is null ? fallback
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number
            : throw new ArgumentException($"--{name} needs a number of seconds (got '{text}')");
    }

    private void Add(string name, string value)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = [];
        }

        list.Add(value);
    }
}
