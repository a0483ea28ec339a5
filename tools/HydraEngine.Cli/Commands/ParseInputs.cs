using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Cli.Commands;

/// <summary>What <c>hydra parse</c> and <c>hydra parse --batch</c> read: the page parser (by name from a bundle) and the saved page.</summary>
internal static class ParseInputs
{
    /// <summary>The page parser of a loaded file, or the problem (<paramref name="exitCode"/> 1: the file, 2: which parser) to tell the user.</summary>
    public static PageParser? SelectParser(string parserFile, DefinitionLoadResult loaded, string? name, out string problem, out int exitCode)
    {
        problem = "";
        exitCode = 0;
        if (!loaded.Succeeded)
        {
            problem = string.Join(Environment.NewLine, loaded.Diagnostics);
            exitCode = 1;
            return null;
        }

        var parsers = (loaded.Definition is DefinitionList list ? list.Items.OfType<PageParser>() : new[] { loaded.Definition as PageParser }.OfType<PageParser>()).ToList();
        var parser = name is null ? (parsers.Count == 1 ? parsers[0] : null) : parsers.FirstOrDefault(candidate => candidate.Name == name);
        if (parser is null)
        {
            problem = parsers.Count == 0
                ? $"{parserFile} holds no page parser."
                : name is null
                    ? $"{parserFile} holds {parsers.Count} page parsers; pick one with --name: {string.Join(", ", parsers.Select(p => $"\"{p.Name}\""))}."
                    : $"{parserFile} holds no page parser named \"{name}\"; it holds {string.Join(", ", parsers.Select(p => $"\"{p.Name}\""))}.";
            exitCode = 2;
        }

        return parser;
    }

    /// <summary>The saved page's text (decoded as hydrus decodes a response), or null and the problem.</summary>
    /// <summary>A saved page is held to the same limit as a page fetched from the network.</summary>
    private static readonly long PageLimit = new HydraEngine.Network.NetworkOptions().MaxPageBytes;

    public static string? ReadPage(string pagePath, out string problem)
    {
        problem = "";
        try
        {
            using var stream = HydraEngine.Definitions.Files.InputFile.OpenRead(pagePath);
            return HydraEngine.Parsing.Documents.PageTextReader.Read(stream, PageLimit);
        }
        catch (HydraEngine.Parsing.Documents.PageTooLargeException)
        {
            problem = $"{pagePath}: cannot read the page: {pagePath} is larger than the limit of {HydraEngine.Definitions.Files.InputFile.Describe(PageLimit)}. Saved pages are read up to the network's page limit.";
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{pagePath}: cannot read the page: {exception.Message}{(exception is HydraEngine.Definitions.Files.InputFileException { TooLarge: true } ? " Saved pages are read up to the network's page limit." : "")}";
            return null;
        }
    }
}
