using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Testing;

namespace HydraEngine.Parsing.Tests.Snapshots;

/// <summary>
/// Our own fixture pages (fixtures/pages/fixture-booru) parsed by parsers that exercise every formula kind,
/// converter step and content type; results compared with approved snapshots beside the pages.
/// </summary>
public sealed class FixturePageSnapshotTests
{
    private static readonly string Site = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var pair in JsonNode.Parse(File.ReadAllText(Path.Combine(Site, "pairs.json")))!.AsArray())
        {
            data.Add((string)pair!["page"]!, (string)pair["parser"]!, (string)pair["url"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Fixture_page_parses_to_its_approved_snapshot(string page, string parserFile, string url)
    {
        var parser = (PageParser)DefinitionLoader.LoadFile(Path.Combine(Site, "parsers", parserFile)).Definition!;
        var text = PageText.Decode(File.ReadAllBytes(Path.Combine(Site, page)));

        var result = new PageParserRunner().Run(parser, text, ParsingContext.ForUrl(url));

        var name = $"{page}.{Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(parserFile))}";
        Snapshot.VerifyFile(ParseResultJson.Build(parser.Name, url, result).ToJsonString(Indented) + "\n", Path.Combine(Site, "snapshots", name + ".verified.json"));
    }
}
