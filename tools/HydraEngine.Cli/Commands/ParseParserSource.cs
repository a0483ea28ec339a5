using HydraEngine.Definitions;
using HydraEngine.Library;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// Which page parser <c>hydra parse</c> runs: from a file (a bundle with several parsers picks the one its URL classes
/// link to <c>--url</c>, as hydrus would), from the library by name when <c>--parser</c> is not a file, or the library's
/// parser linked to <c>--url</c> when <c>--parser</c> is left out.
/// </summary>
internal static class ParseParserSource
{
    /// <summary>The parser to run, or null with the problem and exit code (1: a file or library problem, 2: which parser).</summary>
    public static PageParser? Resolve(string? parserOption, string? name, string url, string? database, out string problem, out int exitCode)
    {
        problem = "";
        exitCode = 0;
        if (parserOption is not null && File.Exists(parserOption))
        {
            var loaded = DefinitionLoader.LoadFile(parserOption);
            if (name is null && Linked(loaded.Definition, url) is { } linked)
            {
                return linked;
            }

            return ParseInputs.SelectParser(parserOption, loaded, name, out problem, out exitCode);
        }

        try
        {
            var path = HydraEngine.Library.Storage.LibraryLocation.Resolve(database);
            StorePresence.Check(path, StoreAccess.Reads, TextWriter.Null);
            using var library = DownloaderLibrary.Open(path);
            var parserName = parserOption ?? name;
            return parserName is not null
                ? library.Get(parserName, LibraryKind.Parser).Definition as PageParser
                : library.Downloaders().Domains.GetUrlToFetchAndParser(url).Parser;
        }
        catch (Exception exception) when (exception is LibraryException or Storage.StoreException or UrlClassException)
        {
            problem = parserOption is null
                ? $"error: no --parser given, and the library has no parser for {url}: {exception.Message}"
                : $"error: '{parserOption}' is neither a file nor a parser in the library: {DatabaseProblems.Explain(exception)}";
            exitCode = 1;
            return null;
        }
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL, as a page's URL must be.</summary>
    public static bool IsPageUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && parsed.Host.Length > 0;

    /// <summary>The parser a bundle's own URL classes link to <paramref name="url"/>, when the bundle holds several parsers.</summary>
    private static PageParser? Linked(Definition? definition, string url)
    {
        if (definition is not DefinitionList list || list.Items.OfType<PageParser>().Count() < 2)
        {
            return null;
        }

        return LinkedParser.For(list.Items, url);
    }
}
