using HydraEngine.Definitions;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Network;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;

namespace HydraEngine.Library.Tests.Support;

/// <summary>The demo downloader (fixtures/objects/demo) and small objects built from it.</summary>
internal static class Fixtures
{
    public const string PostPageName = "fixture booru post page";
    public const string ParserName = "fixture booru post page parser";
    public const string GugName = "fixture booru tag search";

    public static string DemoFolder => Path.Combine(RepositoryPaths.Fixtures, "objects", "demo");

    public static IReadOnlyList<string> DemoFiles => Directory.GetFiles(DemoFolder, "*.json").Order(StringComparer.Ordinal).ToList();

    public static UrlClass PostPage => Load<UrlClass>("fixture booru post page.hydrus.json");

    public static PageParser Parser => Load<PageParser>("fixture booru post page parser.hydrus.json");

    public static GalleryUrlGenerator Gug => Load<GalleryUrlGenerator>("fixture booru tag search.hydrus.json");

    /// <summary>A gallery class for the demo site: <c>/posts</c> with page and tags parameters.</summary>
    public static UrlClass Gallery => PostPage with
    {
        Name = "fixture booru gallery page",
        Key = new string('a', 64),
        UrlType = UrlType.Gallery,
        PathComponents = [new PathComponent(new StringMatch(StringMatchType.Fixed, "posts", null, null, "posts"), null)],
        ExampleUrl = "http://127.0.0.1:8089/posts?page=1&tags=blue_eyes",
    };

    public static GalleryUrlGenerator GugNamed(string name, string template = "http://127.0.0.1:8089/posts?page=1&tags=%tags%", string phrase = "%tags%") =>
        Gug with { Name = name, Key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))), UrlTemplate = template, ReplacementPhrase = phrase };

    public static NestedGalleryUrlGenerator Nested(string name, params string[] members) =>
        new(name, new string('b', 63) + (char)('0' + (name.Length % 10)), "search", members.Select(member => new GalleryUrlGeneratorReference(new string('c', 64), member)).ToArray());

    public static DomainMetadataPackage Metadata(string domain, string? header = null, BandwidthRules? rules = null) =>
        new(domain, header is null ? (EquatableArray<CustomHeader>?)null : new EquatableArray<CustomHeader>([new CustomHeader("User-Agent", header, "the site wants it")]), rules);

    public static DefinitionList Bundle(params Definition[] items) => new(items);

    /// <summary>Loaded sources for <see cref="DownloaderLibrary.PlanImport(IEnumerable{DefinitionLoadResult})"/>.</summary>
    public static DefinitionLoadResult Source(string name, Definition definition) => new(name, DefinitionFormat.NativeJson, definition, [], []);

    public static IEnumerable<DefinitionLoadResult> Sources(params Definition[] definitions) =>
        definitions.Select((definition, index) => Source($"built-{index}", definition));

    private static T Load<T>(string file) where T : Definition
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(DemoFolder, file));
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return (T)result.Definition!;
    }
}
