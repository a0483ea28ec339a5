using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Fuzz;

/// <summary>What the fuzzer starts from: the repository's own definitions in all three formats, its page parsers and saved pages.</summary>
internal sealed class FuzzSeeds
{
    private FuzzSeeds(IReadOnlyList<(byte[] Bytes, bool IsPng)> definitions, IReadOnlyList<PageParser> parsers, IReadOnlyList<string> pages)
    {
        Definitions = definitions;
        Parsers = parsers;
        Pages = pages;
    }

    public IReadOnlyList<(byte[] Bytes, bool IsPng)> Definitions { get; }

    public IReadOnlyList<PageParser> Parsers { get; }

    public IReadOnlyList<string> Pages { get; }

    public static FuzzSeeds Load(string root)
    {
        var fixtures = Path.Combine(root, "fixtures");
        var loaded = Directory.EnumerateFiles(Path.Combine(fixtures, "objects"), "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "parsers"), "*.hydrus.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => DefinitionLoader.LoadFile(path))
            .Where(result => result.Succeeded)
            .Select(result => result.Definition!)
            .ToList();
        var definitions = new List<(byte[], bool)>();
        foreach (var definition in loaded)
        {
            definitions.Add((System.Text.Encoding.UTF8.GetBytes(HydrusSerialiser.ToDumpString(definition)), false));
            definitions.Add((System.Text.Encoding.UTF8.GetBytes(NativeDefinitionWriter.ToJson(definition)), false));
            definitions.Add((HydrusSerialiser.ToPng(definition), true));
        }

        var site = Path.Combine(fixtures, "pages", "fixture-booru");
        var parsers = Directory.EnumerateFiles(Path.Combine(site, "parsers"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => DefinitionLoader.LoadFile(path))
            .Select(result => result.Definition)
            .OfType<PageParser>()
            .ToList();
        var pages = Directory.EnumerateFiles(site).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (definitions.Count == 0 || parsers.Count == 0 || pages.Count == 0)
        {
            throw new InvalidOperationException($"no fuzz seeds under {root} (fixtures/objects, parsers, fixtures/pages/fixture-booru)");
        }

        return new FuzzSeeds(definitions, parsers, pages);
    }
}
