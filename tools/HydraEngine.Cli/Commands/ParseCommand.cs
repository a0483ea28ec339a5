using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Cli.Commands;

/// <summary><c>hydra parse --parser FILE [--name NAME] --url URL PAGE [--json]</c>: run a page parser on a saved page.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var parserFile = new Option<string>("--parser") { Description = "A PNG, hydrus JSON or native JSON holding a page parser or a bundle.", Required = true };
        var name = new Option<string?>("--name") { Description = "Which page parser of a bundle to use." };
        var url = new Option<string>("--url") { Description = "The URL the page came from (the parsing context's url).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print {parser, url, posts, error} as JSON." };
        var page = new Argument<string>("page") { Description = "The saved page (HTML, JSON or XML)." };
        var command = new Command("parse", "Parse a saved page with a page parser, as hydrus would.") { parserFile, name, url, json, page };
        command.SetAction(parseResult => Run(parseResult.GetValue(parserFile)!, parseResult.GetValue(name), parseResult.GetValue(url)!, parseResult.GetValue(page)!, parseResult.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string parserFile, string? name, string url, string pagePath, bool asJson, TextWriter output, TextWriter error)
    {
        var loaded = DefinitionLoader.LoadFile(parserFile, InstalledPlugins.Registries().Definitions);
        if (!loaded.Succeeded)
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            return 1;
        }

        var parsers = (loaded.Definition is DefinitionList list ? list.Items.OfType<PageParser>() : new[] { loaded.Definition as PageParser }.OfType<PageParser>()).ToList();
        var parser = name is null ? (parsers.Count == 1 ? parsers[0] : null) : parsers.FirstOrDefault(candidate => candidate.Name == name);
        if (parser is null)
        {
            error.WriteLine(parsers.Count == 0
                ? $"{parserFile} holds no page parser."
                : $"{parserFile} holds {parsers.Count} page parsers; pick one with --name: {string.Join(", ", parsers.Select(p => $"\"{p.Name}\""))}.");
            return 2;
        }

        string text;
        try
        {
            text = HydraEngine.Parsing.Documents.PageText.Decode(File.ReadAllBytes(pagePath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{pagePath}: cannot read the page: {exception.Message}");
            return 1;
        }

        var result = new PageParserRunner(InstalledPlugins.Registries().Formulae).Run(parser, text, ParsingContext.ForUrl(url));
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
