using System.Text.Json.Nodes;
using HydraEngine.Testing;

namespace HydraEngine.Editor.Tests.Support;

/// <summary>The fixture booru's downloader and a saved post page, as editor requests use them.</summary>
internal static class Fixtures
{
    public const string ParserName = "fixture post page";

    public const string PostUrl = "https://fixture.test/post/101";

    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");

    public static string ParserFile => Path.Combine(Folder, "parsers", "post page parser.hydrus.json");

    public static JsonArray PostParserTuple => JsonNode.Parse(File.ReadAllText(ParserFile))!.AsArray();

    /// <summary>The post page parser as native JSON.</summary>
    public static JsonObject PostParser => HydraEngine.Definitions.Native.NativeDefinitionWriter.ToNode(HydraEngine.Definitions.DefinitionLoader.LoadFile(ParserFile).Definition!);

    /// <summary>The fixture booru's whole downloader (URL classes, GUGs, parsers) as one native bundle.</summary>
    public static JsonObject Bundle => HydraEngine.Definitions.Native.NativeDefinitionWriter.ToNode(new HydraEngine.Model.Containers.DefinitionList(
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Parsers, "fixture-booru"), "*.hydrus.json").Order(StringComparer.Ordinal).Select(file => HydraEngine.Definitions.DefinitionLoader.LoadFile(file).Definition!)]));

    public static string PostPagePath => Path.Combine(Folder, "post.html");

    public static string PostPage => File.ReadAllText(PostPagePath);

    public static JsonObject ParseBody(JsonNode definition) => new() { ["definition"] = definition, ["url"] = PostUrl, ["document"] = PostPage };
}
