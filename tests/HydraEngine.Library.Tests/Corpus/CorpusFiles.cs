using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Testing;

namespace HydraEngine.Library.Tests.Corpus;

/// <summary>The shared corpus's PNGs, loaded once per test run.</summary>
internal static class CorpusFiles
{
    /// <summary>A community PNG holding one parser that shares its name with a hydrus default parser.</summary>
    public const string CommunityParser = "community/Hentai-Foundry/hentai foundry file page parser - fetches more tags - 2020.07.23.png";

    public const string ReplacedParserName = "hentai foundry file page parser";

    private static readonly Lazy<IReadOnlyList<DefinitionLoadResult>> LazyDefaults = new(() =>
        Directory.EnumerateFiles(Path.Combine(Objects, "hydrus-defaults"), "*.png", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => DefinitionLoader.LoadFile(file))
            .ToList());

    public static string Objects => Path.Combine(RepositoryPaths.Corpus!, "objects");

    /// <summary>Every hydrus-default PNG, loaded.</summary>
    public static IReadOnlyList<DefinitionLoadResult> Defaults => LazyDefaults.Value;

    public static string PathOf(string relative) => Path.Combine(Objects, relative);

    public static IEnumerable<JsonObject> ExpectedUrls(string file) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Corpus!, "expected", "urls", file)).Select(line => JsonNode.Parse(line)!.AsObject());
}
