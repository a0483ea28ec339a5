using System.Globalization;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Parsing.Pages;

/// <summary>hydrus's <c>SubsidiaryPageParser.Parse</c>: cut the page into chunks, parse each as a post.</summary>
internal static class SubsidiaryRunner
{
    public static List<ParsedPost> Parse(PageParserRunner runner, SubsidiaryPageParser subsidiary, List<ParsedContent> parent, ParseDocument document, ParsingContext context, string pointer, FormulaEngine formulae)
    {
        IEnumerable<string> chunks;
        try
        {
            chunks = formulae.ParseOneByOne(subsidiary.Formula, document, context, collapseNewlines: false, pointer + "/formula");
        }
        catch (ParseException)
        {
            return [];
        }

        var posts = new List<ParsedPost>();
        foreach (var chunk in LetGoOfEach(chunks))
        {
            if (chunk.Length == 0)
            {
                continue;
            }

            try
            {
                foreach (var post in runner.Parse(subsidiary.PageParser, chunk, context, pointer + "/page_parser"))
                {
                    posts.Add(new ParsedPost([.. post.Contents, .. parent]));
                }
            }
            catch (VetoException)
            {
                // a veto drops only this chunk
            }
        }

        if (subsidiary.SortPostsBySourceTime)
        {
            posts = [.. posts.Select((post, i) => (post, i)).OrderBy(entry => SortKey(entry.post)).ThenBy(entry => entry.i).Select(entry => entry.post)];
        }

        return posts;
    }

    /// <summary>The chunks in order, each let go once taken: a big page's chunks are not all held until the last is parsed.</summary>
    private static IEnumerable<string> LetGoOfEach(IEnumerable<string> chunks)
    {
        if (chunks is not IReadOnlyList<string> list)
        {
            return chunks;
        }

        string?[] pending = [.. list];
        return Take(pending);

        static IEnumerable<string> Take(string?[] pending)
        {
            for (var i = 0; i < pending.Length; i++)
            {
                var chunk = pending[i]!;
                pending[i] = null;
                yield return chunk;
            }
        }
    }

    /// <summary>Newest source time first; posts without one go last.</summary>
    private static (int Missing, long NegativeTime) SortKey(ParsedPost post)
    {
        var times = post.Contents
            .Where(content => content.Kind is TimestampContent { TimestampType: 0 })
            .Select(content => long.TryParse(content.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var time) ? time : (long?)null)
            .OfType<long>()
            .ToList();
        return times.Count == 0 ? (1, 0) : (0, -times.Min());
    }
}
