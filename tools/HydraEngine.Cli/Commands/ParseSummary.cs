using HydraEngine.Parsing.Pages;

namespace HydraEngine.Cli.Commands;

/// <summary>The readable form of <c>hydra parse</c>.</summary>
internal static class ParseSummary
{
    public static void Write(string parserName, string url, PageParseResult result, TextWriter output)
    {
        output.WriteLine($"{parserName} on {url}");
        if (result.Failure is { } failure)
        {
            output.WriteLine($"  {(failure.IsVeto ? "vetoed" : "error")}: {ParseResultJson.Describe(failure)}");
            if (failure.InputExcerpt.Length > 0)
            {
                output.WriteLine($"  input: {failure.InputExcerpt}");
            }
        }

        for (var i = 0; i < result.Posts.Count; i++)
        {
            output.WriteLine($"  post {i + 1}:");
            foreach (var content in result.Posts[i].Contents)
            {
                var json = ParseJsonContentLabel(content);
                output.WriteLine($"    {json}: {ParseValueText.Of(content, "      ")}");
            }
        }

        output.WriteLine($"  {result.Posts.Count} posts, {result.Posts.Sum(post => post.Contents.Count)} contents");
    }

    private static string ParseJsonContentLabel(HydraEngine.Parsing.Content.ParsedContent content) => content.Kind switch
    {
        HydraEngine.Model.Parsing.TagsContent { Namespace: { Length: > 0 } ns } => $"tag ({ns}) [{content.Name}]",
        HydraEngine.Model.Parsing.TagsContent => $"tag [{content.Name}]",
        HydraEngine.Model.Parsing.UrlsContent urls => $"{urls.UrlType.ToString().ToLowerInvariant()} url p{urls.Priority} [{content.Name}]",
        _ => $"{content.Kind.GetType().Name.Replace("Content", "", StringComparison.Ordinal).ToLowerInvariant()} [{content.Name}]",
    };
}
