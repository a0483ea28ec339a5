using HydraEngine.Parsing.Content.Types;
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
                var label = ContentTypes.Default.For(content.Kind).Label(content);
                output.WriteLine($"    {label}: {ParseValueText.Of(content, "      ")}");
            }
        }

        output.WriteLine($"  {result.Posts.Count} posts, {result.Posts.Sum(post => post.Contents.Count)} contents");
    }
}
