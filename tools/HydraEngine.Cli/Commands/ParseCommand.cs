using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// <c>hydra parse --parser FILE [--name NAME] --url URL PAGE [--json]</c>: run a page parser on a saved page;
/// <c>hydra parse --batch FILE.jsonl [--json]</c> runs many such cases in one process (<see cref="ParseBatch"/>).
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var parserFile = new Option<string>("--parser") { Description = "A PNG, hydrus JSON or native JSON holding a page parser or a bundle (required without --batch)." };
        var name = new Option<string?>("--name") { Description = "Which page parser of a bundle to use." };
        var url = new Option<string>("--url") { Description = "The URL the page came from (the parsing context's url; required without --batch)." };
        var json = new Option<bool>("--json") { Description = "Print {parser, url, posts, error} as JSON." };
        var batch = new Option<string?>("--batch") { Description = "A JSON Lines file of cases {\"id\", \"parser\", \"name\", \"url\", \"page\"}, run in one process; one result line per case (with --json: the JSON result plus \"id\")." };
        var page = new Argument<string?>("page") { Description = "The saved page (HTML, JSON or XML; not with --batch).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("parse", "Parse a saved page with a page parser, as hydrus would.") { parserFile, name, url, json, batch, page };
        command.SetAction(parseResult => parseResult.GetValue(batch) is { } batchFile
            ? ParseBatch.Run(batchFile, parseResult.GetValue(json), Console.Out, Console.Error, CliEnvironment.Of(parseResult).Registries)
            : RunOne(parseResult.GetValue(parserFile), parseResult.GetValue(name), parseResult.GetValue(url), parseResult.GetValue(page), parseResult.GetValue(json), CliEnvironment.Of(parseResult).Registries));
        return command;
    }

    private static int RunOne(string? parserFile, string? name, string? url, string? pagePath, bool asJson, EngineRegistries registries)
    {
        if (parserFile is null || url is null || pagePath is null)
        {
            Console.Error.WriteLine("hydra parse needs --parser FILE, --url URL and a PAGE (or --batch FILE.jsonl).");
            return 2;
        }

        return Run(parserFile, name, url, pagePath, asJson, Console.Out, Console.Error, registries);
    }

    /// <param name="registries">The formula kinds, converter steps and native kinds to use; the built-in ones when null.</param>
    public static int Run(string parserFile, string? name, string url, string pagePath, bool asJson, TextWriter output, TextWriter error, EngineRegistries? registries = null)
    {
        registries ??= EngineRegistries.BuiltIn;
        var parser = ParseInputs.SelectParser(parserFile, DefinitionLoader.LoadFile(parserFile, registries.Definitions), name, out var problem, out var exitCode);
        if (parser is null)
        {
            error.WriteLine(problem);
            return exitCode;
        }

        var text = ParseInputs.ReadPage(pagePath, out problem);
        if (text is null)
        {
            error.WriteLine(problem);
            return 1;
        }

        var result = new PageParserRunner(registries.Formulae).Run(parser, text, ParsingContext.ForUrl(url));
        if (asJson)
        {
            output.WriteLine(ParseResultJson.Build(parser.Name, url, result).ToJsonString());
        }
        else
        {
            ParseSummary.Write(parser.Name, url, result, output);
        }

        return 0;
    }
}
