using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// <c>hydra parse --batch FILE.jsonl [--json]</c>: many parse cases in one process. Each input line is
/// <c>{"id": optional, "parser": path, "name": optional, "url": "...", "page": path}</c> (relative paths are read from the
/// batch file's folder; <c>-</c> reads the cases from standard input, paths from the current folder). Each case gives one
/// output line as soon as it is done: with <c>--json</c> the <c>hydra parse --json</c> result with <c>"id"</c> in front
/// (the line number when the case has none); a case that cannot run has no posts and says why in <c>"error"</c>.
/// </summary>
internal static class ParseBatch
{
    private const int ParserCacheLimit = 256;

    /// <param name="registries">The formula kinds, converter steps and native kinds to use; the built-in ones when null.</param>
    public static int Run(string batchFile, bool asJson, TextWriter output, TextWriter error, EngineRegistries? registries = null)
    {
        registries ??= EngineRegistries.BuiltIn;
        IEnumerable<string> lines;
        string folder;
        try
        {
            lines = batchFile == "-" ? ReadAll(Console.In) : File.ReadLines(batchFile);
            folder = batchFile == "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(batchFile))!;
            var parsers = new Dictionary<string, DefinitionLoadResult>(StringComparer.Ordinal);
            var invalid = 0;
            var number = 0;
            foreach (var line in lines)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var outcome = RunCase(line, number, folder, parsers, registries);
                invalid += outcome.Invalid ? 1 : 0;
                Write(outcome, asJson, output);
            }

            if (invalid > 0)
            {
                error.WriteLine($"{batchFile}: {invalid} case(s) could not run (see their \"error\").");
            }

            return invalid > 0 ? 1 : 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{batchFile}: cannot read the batch file: {exception.Message}");
            return 1;
        }
    }

    private static IEnumerable<string> ReadAll(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static BatchOutcome RunCase(string line, int number, string folder, Dictionary<string, DefinitionLoadResult> parsers, EngineRegistries registries)
    {
        ParseBatchCase batchCase;
        try
        {
            batchCase = ParseBatchCase.Read(line, number);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return BatchOutcome.Failed(JsonValue.Create(number), null, null, $"line {number}: {exception.Message}");
        }

        var parserPath = Path.GetFullPath(batchCase.Parser, folder);
        if (!parsers.TryGetValue(parserPath, out var loaded))
        {
            if (parsers.Count >= ParserCacheLimit)
            {
                parsers.Clear();
            }

            loaded = DefinitionLoader.LoadFile(parserPath, registries.Definitions);
            parsers[parserPath] = loaded;
        }

        var parser = ParseInputs.SelectParser(batchCase.Parser, loaded, batchCase.Name, out var problem, out _);
        var text = parser is null ? null : ParseInputs.ReadPage(Path.GetFullPath(batchCase.Page, folder), out problem);
        if (parser is null || text is null)
        {
            return BatchOutcome.Failed(batchCase.Id, parser?.Name, batchCase.Url, $"line {number}: {problem}");
        }

        var result = new PageParserRunner(registries.Formulae).Run(parser, text, ParsingContext.ForUrl(batchCase.Url));
        return new BatchOutcome(batchCase.Id, parser.Name, batchCase.Url, result, null);
    }

    private static void Write(BatchOutcome outcome, bool asJson, TextWriter output)
    {
        if (asJson && outcome.Result is { } parsed)
        {
            ParseCommand.WriteJson(outcome.ParserName!, outcome.Url!, parsed, output, writer => WriteId(writer, outcome.Id));
        }
        else if (asJson)
        {
            var json = new JsonObject { ["id"] = outcome.Id?.DeepClone(), ["parser"] = outcome.ParserName, ["url"] = outcome.Url, ["posts"] = new JsonArray(), ["error"] = outcome.Problem };
            output.WriteLine(json.ToJsonString());
        }
        else
        {
            output.WriteLine($"case {outcome.Id?.ToJsonString() ?? "null"}:");
            if (outcome.Result is { } result)
            {
                ParseSummary.Write(outcome.ParserName!, outcome.Url!, result, output);
            }
            else
            {
                output.WriteLine($"  error: {outcome.Problem}");
            }
        }

        output.Flush();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonNode? id)
    {
        writer.WritePropertyName("id");
        if (id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }
    }

    private sealed record BatchOutcome(JsonNode? Id, string? ParserName, string? Url, PageParseResult? Result, string? Problem)
    {
        public bool Invalid => Result is null;

        public static BatchOutcome Failed(JsonNode? id, string? parserName, string? url, string problem) => new(id, parserName, url, null, problem);
    }
}
