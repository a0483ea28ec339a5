using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;
using HydraEngine.Parsing.Documents;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Editor.Tests.Corpus;

/// <summary>
/// Every pair of ../shared/corpus/expected/parse: <c>/editor/api/parse</c> answers what <c>hydra parse --json</c> prints
/// (one <c>hydra parse --batch --json</c> process for all pairs; its lines are the same JSON with an "id" added).
/// </summary>
public sealed class CorpusParseTests(ITestOutputHelper output)
{
    [CorpusFact]
    public async Task Editor_parse_equals_hydra_parse_json_on_every_corpus_pair()
    {
        var corpus = RepositoryPaths.Corpus!;
        var pairs = Directory.EnumerateFiles(Path.Combine(corpus, "expected", "parse"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => JsonNode.Parse(File.ReadAllText(path))!.AsObject()).ToList();
        using var data = new TemporaryFolder();
        var batch = data.File("cases.jsonl");
        File.WriteAllLines(batch, pairs.Select((pair, i) => new JsonObject
        {
            ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["parser"] = Path.Combine(corpus, (string)pair["parser_file"]!),
            ["name"] = (string)pair["parser"]!,
            ["url"] = (string)pair["url"]!,
            ["page"] = Path.Combine(corpus, (string)pair["page_file"]!),
        }.ToJsonString()));
        var cli = HydraCli.Run(data.Path, "parse", "--batch", batch, "--json");
        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        await using var server = await EditorServer.StartAsync();
        var differences = new List<string>();

        for (var i = 0; i < pairs.Count; i++)
        {
            var expected = lines.Single(line => (string)line["id"]! == i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            expected.Remove("id");
            var (status, answer) = await server.PostAsync("parse", new JsonObject
            {
                ["definition"] = HydraEngine.Definitions.HydrusSerialiser.ToTuple(Load(corpus, pairs[i])),
                ["name"] = (string)pairs[i]["parser"]!,
                ["url"] = (string)pairs[i]["url"]!,
                ["document"] = PageText.Decode(File.ReadAllBytes(Path.Combine(corpus, (string)pairs[i]["page_file"]!))),
            });
            if (status != 200 || !JsonNode.DeepEquals(answer, expected))
            {
                differences.Add($"{pairs[i]["pair"]}: {status} {answer?.ToJsonString()[..Math.Min(300, answer.ToJsonString().Length)]}");
            }
        }

        output.WriteLine($"editor parse = hydra parse --json on {pairs.Count - differences.Count}/{pairs.Count} corpus pairs");
        differences.ForEach(output.WriteLine);
        pairs.Count.ShouldBeGreaterThan(0);
        differences.ShouldBeEmpty();
    }

    private static HydraEngine.Model.Common.Definition Load(string corpus, JsonObject pair) =>
        HydraEngine.Definitions.DefinitionLoader.LoadFile(Path.Combine(corpus, (string)pair["parser_file"]!)).Definition!;
}
