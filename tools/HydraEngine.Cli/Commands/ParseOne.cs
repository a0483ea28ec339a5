namespace HydraEngine.Cli.Commands;

/// <summary>What one <c>hydra parse</c> names: the parser (a file or a library name, or none), a bundle's parser name, the page's URL, the page and the library.</summary>
internal sealed record ParseRequest(string? Parser, string? Name, string? Url, string? Page, string? Database);

/// <summary><c>hydra parse</c> on one page: checks the URL, finds the parser (<see cref="ParseParserSource"/>) and runs it.</summary>
internal static class ParseOne
{
    public static int Run(ParseRequest request, bool asJson, TextWriter output, TextWriter error)
    {
        if (request.Url is null || request.Page is null)
        {
            error.WriteLine("hydra parse needs --url URL and a PAGE (and --parser FILE|NAME, or a library that links a parser to the URL), or --batch FILE.jsonl.");
            return 2;
        }

        if (!ParseParserSource.IsPageUrl(request.Url))
        {
            error.WriteLine($"error: --url must be an absolute http or https URL, like https://example.com/post/1 (got '{request.Url}'); relative URLs in the page are resolved against it.");
            return 2;
        }

        var parser = ParseParserSource.Resolve(request.Parser, request.Name, request.Url, request.Database, out var problem, out var exitCode);
        if (parser is null)
        {
            error.WriteLine(problem);
            return exitCode;
        }

        return ParseCommand.Run(parser, request.Url, request.Page, asJson, output, error);
    }
}
