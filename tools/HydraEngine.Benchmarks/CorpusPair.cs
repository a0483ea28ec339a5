using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Benchmarks;

/// <summary>
/// One corpus pair (a saved page and the parser hydrus chose for it), as recorded by the oracle in
/// <c>expected/parse/PAIR.json</c>: the parser file and name, the page file, the parsing context and hydrus's post count.
/// </summary>
internal sealed record CorpusPair(string Name, string ParserFile, string ParserName, string PageFile, IReadOnlyList<KeyValuePair<string, string>> Context, int HydrusPosts)
{
    public string Url => Context.FirstOrDefault(entry => entry.Key == "url").Value ?? Context[0].Value;

    /// <summary>The pairs named by <c>--only</c> (repeatable), or every pair of the corpus.</summary>
    public static IReadOnlyList<CorpusPair> Select(string corpus, IReadOnlyList<string> only)
    {
        var folder = Path.Combine(corpus, "expected", "parse");
        var names = only.Count > 0 ? only : Directory.EnumerateFiles(folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal).ToList();
        return names.Select(name => Load(corpus, name)).ToList();
    }

    public static CorpusPair Load(string corpus, string name)
    {
        var path = Path.Combine(corpus, "expected", "parse", name + ".json");
        if (!File.Exists(path))
        {
            throw new ArgumentException($"no corpus pair '{name}' ({path} does not exist)");
        }

        var expected = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var context = expected["parsing_context"]!.AsObject().Select(entry => new KeyValuePair<string, string>(entry.Key, (string)entry.Value!)).ToList();
        return new CorpusPair(
            name,
            Path.Combine(corpus, (string)expected["parser_file"]!),
            (string)expected["parser"]!,
            Path.Combine(corpus, (string)expected["page_file"]!),
            context,
            (int?)expected["num_posts"] ?? -1);
    }

    /// <summary>The parser, page text and context loaded in this process, ready to parse repeatedly.</summary>
    public LoadedPair LoadInProcess()
    {
        var loaded = DefinitionLoader.LoadFile(ParserFile).Definition;
        var parser = loaded as PageParser ?? ((DefinitionList)loaded!).Items.OfType<PageParser>().First(candidate => candidate.Name == ParserName);
        return new LoadedPair(this, parser, PageText.Decode(File.ReadAllBytes(PageFile)));
    }
}

/// <summary>A pair ready to parse in this process.</summary>
internal sealed record LoadedPair(CorpusPair Pair, PageParser Parser, string Text)
{
    private readonly PageParserRunner runner = new();

    /// <summary>One parse of the page text from scratch (document built afresh, as for a freshly fetched page); returns the post count.</summary>
    public int Parse() => runner.Run(Parser, Text, new ParsingContext(Pair.Context)).Posts.Count;
}
