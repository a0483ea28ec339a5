using HydraEngine.Definitions;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;

namespace HydraEngine.FixtureBooru.Tests.Support;

/// <summary>
/// The booru's downloader (parsers/fixture-booru/*.hydrus.json) loaded for one live server: the literal
/// <c>127.0.0.1:8089</c> is rewritten to the server's own domain before loading.
/// </summary>
internal sealed class LoadedDownloader
{
    public static string Folder => Path.Combine(RepositoryPaths.Parsers, "fixture-booru");

    private LoadedDownloader(IReadOnlyList<Definition> definitions) => Definitions = definitions;

    public IReadOnlyList<Definition> Definitions { get; }

    public IEnumerable<UrlClass> UrlClasses => Definitions.OfType<UrlClass>();

    public IEnumerable<PageParser> Parsers => Definitions.OfType<PageParser>();

    public static IEnumerable<string> HydrusFiles() => Directory.EnumerateFiles(Folder, "*.hydrus.json").Order(StringComparer.Ordinal);

    public static LoadedDownloader For(FixtureBooruServer server) =>
        new(HydrusFiles().Select(path => Load(path, server.Domain)).ToList());

    public PageParser Parser(string name) => Parsers.Single(parser => parser.Name == name);

    public GalleryUrlGenerator Gug(string name) => Definitions.OfType<GalleryUrlGenerator>().Single(gug => gug.Name == name);

    public DomainManager DomainManager() => new(UrlClasses, Parsers);

    private static Definition Load(string path, string domain)
    {
        var text = File.ReadAllText(path).Replace(FixtureDownloader.Domain, domain, StringComparison.Ordinal);
        var result = DefinitionLoader.LoadJson(text, path);
        result.Diagnostics.ShouldBeEmpty(path);
        return result.Definition!;
    }
}
