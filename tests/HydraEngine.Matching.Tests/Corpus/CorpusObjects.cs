using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Testing;

namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>Corpus PNGs loaded once per test run, and the JSON Lines expectations of expected/urls.</summary>
internal static class CorpusObjects
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Definition>> Loaded = new(StringComparer.Ordinal);

    public static IReadOnlyList<Definition> Objects(string relativePath) => Loaded.GetOrAdd(relativePath, path =>
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(RepositoryPaths.Corpus!, "objects", path));
        return result.Definition switch
        {
            DefinitionList list => list.Items.ToList(),
            { } single => [single],
            _ => [],
        };
    });

    public static Definition Object(string relativePath, string index) => Objects(relativePath)[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)];

    public static IEnumerable<JsonObject> Lines(string file) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Corpus!, "expected", "urls", file)).Select(line => JsonNode.Parse(line)!.AsObject());

    public static IEnumerable<string> DefaultPngs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Corpus!, "objects", "hydrus-defaults"), "*.png", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(RepositoryPaths.Corpus!, "objects"), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
