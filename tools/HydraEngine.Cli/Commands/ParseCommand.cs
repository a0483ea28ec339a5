using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// <c>hydra parse --parser FILE [--name NAME] --url URL PAGE [--json]</c>: run a page parser on a saved page;
/// <c>hydra parse --batch FILE.jsonl [--json]</c> runs many such cases in one process (<see cref="ParseBatch"/>).
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var parserFile = new Option<string>("--parser") { Description = "A PNG, hydrus JSON or native JSON holding a page parser or a bundle (a bundle picks the parser linked to --url), or the name of a parser in the library; left out, the library's parser for --url." };
        var database = new Option<string?>("--db") { Description = "The library used by --parser NAME or when --parser is left out (default: the default store)." };
        var name = new Option<string?>("--name") { Description = "Which page parser of a bundle to use." };
        var url = new Option<string>("--url") { Description = "The URL the page came from (the parsing context's url; required without --batch)." };
        var json = new Option<bool>("--json") { Description = "Print {parser, url, posts, error} as JSON." };
        var batch = new Option<string?>("--batch") { Description = "A JSON Lines file of cases {\"id\", \"parser\", \"name\", \"url\", \"page\"}, run in one process; one result line per case (with --json: the JSON result plus \"id\")." };
        var page = new Argument<string?>("page") { Description = "The saved page (HTML, JSON or XML; not with --batch).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("parse", "Parse a saved page with a page parser, as hydrus would.") { parserFile, name, url, json, batch, page, database };
        command.SetAction(parseResult => parseResult.GetValue(batch) is { } batchFile
            ? ParseBatch.Run(batchFile, parseResult.GetValue(json), Console.Out, Console.Error, CliEnvironment.Of(parseResult).Registries)
            : ParseOne.Run(new ParseRequest(parseResult.GetValue(parserFile), parseResult.GetValue(name), parseResult.GetValue(url), parseResult.GetValue(page), parseResult.GetValue(database)), parseResult.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string parserFile, string? name, string url, string pagePath, bool asJson, TextWriter output, TextWriter error)
    {
        var parser = ParseInputs.SelectParser(parserFile, DefinitionLoader.LoadFile(parserFile), name, out var problem, out var exitCode);
        return parser is null ? Refuse(problem, exitCode, error) : Run(parser, url, pagePath, asJson, output, error);
    }

    /// <summary>Runs <paramref name="parser"/> on the page at <paramref name="pagePath"/> that came from <paramref name="url"/>.</summary>
    public static int Run(PageParser parser, string url, string pagePath, bool asJson, TextWriter output, TextWriter error)
    {
        var text = ParseInputs.ReadPage(pagePath, out var problem);
        if (text is null)
        {
            error.WriteLine(problem);
            return 1;
        }

        var result = new PageParserRunner().Run(parser, text, ParsingContext.ForUrl(url));
        if (asJson)
        {
            WriteJson(parser.Name, url, result, output);
        }
        else
        {
            ParseSummary.Write(parser.Name, url, result, output);
        }

        return 0;
    }

    /// <summary>The result as one line of JSON, streamed into <paramref name="output"/> in bounded pieces.</summary>
    internal static void WriteJson(string parserName, string url, PageParseResult result, TextWriter output, Action<System.Text.Json.Utf8JsonWriter>? leadingFields = null)
    {
        using (var writer = new System.Text.Json.Utf8JsonWriter(new TextWriterStream(output)))
        {
            ParseResultJson.Write(writer, parserName, url, result, leadingFields, keepLoneSurrogates: true);
        }

        output.WriteLine();
    }

    private static int Refuse(string problem, int exitCode, TextWriter error)
    {
        error.WriteLine(problem);
        return exitCode;
    }
}
