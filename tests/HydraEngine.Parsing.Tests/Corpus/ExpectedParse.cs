using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Testing;

namespace HydraEngine.Parsing.Tests.Corpus;

/// <summary>One pair of ../shared/corpus/expected/parse: a real page, a real parser, what hydrus produced.</summary>
internal sealed record ExpectedParse(string Pair, JsonObject Json)
{
    public static IEnumerable<ExpectedParse> All()
    {
        var folder = Path.Combine(RepositoryPaths.Corpus!, "expected", "parse");
        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => new ExpectedParse(Path.GetFileNameWithoutExtension(path), JsonNode.Parse(File.ReadAllText(path))!.AsObject()));
    }

    public string PagePath => Path.Combine(RepositoryPaths.Corpus!, (string)Json["page_file"]!);

    public PageParser LoadParser()
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(RepositoryPaths.Corpus!, (string)Json["parser_file"]!));
        var name = (string)Json["parser"]!;
        return result.Definition switch
        {
            PageParser parser => parser,
            DefinitionList list => list.Items.OfType<PageParser>().First(parser => parser.Name == name),
            _ => throw new InvalidOperationException($"{Pair}: no parser {name}"),
        };
    }

    public ParsingContext Context() =>
        new(Json["parsing_context"]!.AsObject().Select(pair => new KeyValuePair<string, string>(pair.Key, (string)pair.Value!)));

    public string? Error => (string?)Json["error"];

    /// <summary>Per post, the contents as comparable keys (type, name, value and the type's fields).</summary>
    public List<List<string>> Posts() =>
        Json["posts"]!.AsArray().Select(post => post!["contents"]!.AsArray().Select(content => ContentKeys.FromExpected(content!.AsObject())).ToList()).ToList();
}
