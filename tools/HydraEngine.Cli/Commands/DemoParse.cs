using System.Reflection;
using HydraEngine.Matching.Domains;
using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// The demo's downloader run, offline: search text → gallery URL (GUG); post URL → URL class → linked parser
/// (domain manager); the embedded saved page parsed into a file URL, tags and a hash.
/// </summary>
internal static class DemoParse
{
    private const string PostUrl = "http://127.0.0.1:8089/post/1?utm_source=demo";

    public static bool Run(IReadOnlyList<Definition> definitions, TextWriter output)
    {
        foreach (var gug in definitions.OfType<GalleryUrlGenerator>())
        {
            output.WriteLine($"search \"{gug.ExampleSearchText}\" with \"{gug.Name}\" → {GalleryUrlGeneration.Generate(gug, gug.ExampleSearchText)}");
        }

        var domains = new DomainManager(definitions.OfType<UrlClass>(), definitions.OfType<PageParser>());
        var urlClass = domains.GetUrlClass(PostUrl);
        var (urlToFetch, parser) = domains.GetUrlToFetchAndParser(PostUrl);
        output.WriteLine($"{PostUrl} is a \"{urlClass!.Class.Name}\"; stored as {domains.NormaliseUrl(PostUrl)}; fetched as {urlToFetch}; parsed by \"{parser.Name}\"");

        var page = PageText.Decode(ReadResource("post-1.html"));
        var result = new PageParserRunner().Run(parser, page, new ParsingContext([new("post_url", urlToFetch), new("url", urlToFetch)]));
        if (!result.Succeeded)
        {
            output.WriteLine($"the demo page did not parse: {result.Failure!.Message}");
            return false;
        }

        var contents = result.Posts.SelectMany(post => post.Contents).ToList();
        output.WriteLine($"  file url: {string.Join(", ", ParsedPostReader.Urls(contents, new HashSet<UrlContentType> { UrlContentType.Desired }, topPriorityOnly: true))}");
        output.WriteLine($"  tags: {string.Join(", ", ParsedPostReader.Tags(contents).Order(StringComparer.Ordinal))}");
        output.WriteLine($"  hashes: {string.Join(", ", ParsedPostReader.Hashes(contents).Select(hash => $"{hash.Key} {hash.Value}"))}");
        return true;
    }

    private static byte[] ReadResource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(candidate => candidate.EndsWith(".DemoPages." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
