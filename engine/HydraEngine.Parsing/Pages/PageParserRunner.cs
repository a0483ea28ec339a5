using System.Globalization;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Pages;

/// <summary>
/// Runs a page parser as hydrus's <c>PageParser.Parse</c> (semantics.md §2): pre-parse conversion, content
/// parsers in stored order, post_index counting, subsidiaries sorted by name, each chunk a post source.
/// </summary>
public sealed class PageParserRunner(FormulaEngine? engine = null, TimeSpan? budget = null)
{
    /// <summary>How long one page's parse may take (on top of each regex's own match timeout) unless the caller says otherwise: 30 s, plus 10 s per MiB of page.</summary>
    public static TimeSpan DefaultBudget(int pageLength) => TimeSpan.FromSeconds(30 + (10.0 * pageLength / (1024 * 1024)));

    /// <summary>
    /// The share of the page's budget one content parser may take: a runaway formula is stopped and named at half the
    /// budget, and cannot take all of it from the others.
    /// </summary>
    public const double ContentParserShare = 0.5;

    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    /// <summary>Parses a page; never throws for bad pages or definitions: failures are in the result.</summary>
    public PageParseResult Run(PageParser parser, string text, ParsingContext context)
    {
        var outer = context.Budget;
        var outerValues = context.Values;
        context.Budget = new TimeBudget(budget ?? DefaultBudget(text.Length));
        context.Values = new ParsedValuePool();
        try
        {
            return new PageParseResult(Parse(parser, text, context, ""), null);
        }
        catch (VetoException veto)
        {
            return new PageParseResult([], new ParseFailure("parsing.veto", veto.Message, "", "", IsVeto: true));
        }
        catch (ParseException error)
        {
            return new PageParseResult([], new ParseFailure(error.Code, error.Message, error.Pointer, error.InputExcerpt, IsVeto: false));
        }
        finally
        {
            context.Budget = outer;
            context.Values = outerValues;
        }
    }

    internal List<ParsedPost> Parse(PageParser parser, string text, ParsingContext context, string pointer)
    {
        try
        {
            text = formulae.Strings.Convert(parser.PreParseConverter, text);
        }
        catch (StringProcessingException exception)
        {
            throw new ParseException(exception.Code, $"Page Parser {parser.Name}: the pre-parsing conversion failed: {exception.Message}", pointer + "/pre_parse_converter", ParseException.Excerpt(text));
        }

        if (context["post_index"] is null)
        {
            context["post_index"] = "0";
        }

        var document = new ParseDocument(text);
        var mine = new List<ParsedContent>();
        var page = context.Budget;
        for (var i = 0; i < parser.ContentParsers.Count; i++)
        {
            context.Budget = page?.Share(ContentParserShare);
            try
            {
                mine.AddRange(ContentParserRunner.Parse(parser.ContentParsers[i], document, context, $"{pointer}/content_parsers/{i}", formulae));
            }
            finally
            {
                context.Budget = page;
            }
        }

        if (mine.Any(content => content.Kind is UrlsContent { UrlType: UrlContentType.Desired }))
        {
            var index = int.TryParse(context["post_index"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
            context["post_index"] = (index + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (parser.SubsidiaryPageParsers.Count == 0)
        {
            return mine.Count > 0 ? [new ParsedPost(mine)] : [];
        }

        var posts = new List<ParsedPost>();
        var ordered = parser.SubsidiaryPageParsers
            .Select((subsidiary, position) => (Subsidiary: subsidiary, Position: position))
            .OrderBy(entry => PythonText.CaseFold(entry.Subsidiary.PageParser.Name), PythonText.CodePointComparer);
        foreach (var (subsidiary, position) in ordered)
        {
            posts.AddRange(SubsidiaryRunner.Parse(this, subsidiary, mine, document, context, $"{pointer}/subsidiary_page_parsers/{position}", formulae));
        }

        return posts;
    }
}
