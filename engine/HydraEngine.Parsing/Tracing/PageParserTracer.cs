using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Pages;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// The step trace of a page parser on one page (what the editor shows): after the pre-parsing conversion, each content
/// parser's formula step by step; a subsidiary page parser's split is traced, then its content parsers on the first post.
/// Never throws for bad pages or definitions: a step that fails is the content parser's error.
/// </summary>
public sealed class PageParserTracer(FormulaEngine? engine = null)
{
    private readonly FormulaEngine formulae = engine ?? FormulaEngine.Default;

    public ParseTrace Trace(PageParser parser, string text, ParsingContext context)
    {
        var outer = context.Budget;
        context.Budget = new TimeBudget(PageParserRunner.DefaultBudget(text.Length));
        try
        {
            var traces = new List<ContentParserTrace>();
            var error = Trace(parser, text, context, "", traces);
            return new ParseTrace(parser.Name, error, traces);
        }
        finally
        {
            context.Budget = outer;
        }
    }

    private string? Trace(PageParser parser, string text, ParsingContext context, string pointer, List<ContentParserTrace> traces)
    {
        try
        {
            text = formulae.Strings.Convert(parser.PreParseConverter, text);
        }
        catch (StringProcessingException exception)
        {
            return $"the pre-parsing conversion failed at {pointer}/pre_parse_converter: {exception.Message}";
        }

        var document = new ParseDocument(text);
        var tracer = new FormulaTracer(formulae);
        for (var i = 0; i < parser.ContentParsers.Count; i++)
        {
            var content = parser.ContentParsers[i];
            traces.Add(TraceOne(tracer, content.Name, content.Formula, document, context, content.Content is not NotesContent, $"{pointer}/content_parsers/{i}", out _));
        }

        for (var i = 0; i < parser.SubsidiaryPageParsers.Count; i++)
        {
            var subsidiary = parser.SubsidiaryPageParsers[i];
            var at = $"{pointer}/subsidiary_page_parsers/{i}";
            traces.Add(TraceOne(tracer, $"{subsidiary.PageParser.Name} (split into posts)", subsidiary.Formula, document, context, collapseNewlines: false, at, out var chunks));
            if (chunks.FirstOrDefault(chunk => chunk.Length > 0) is { } first)
            {
                Trace(subsidiary.PageParser, first, context, at + "/page_parser", traces);
            }
        }

        return null;
    }

    private static ContentParserTrace TraceOne(FormulaTracer tracer, string name, Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer, out IReadOnlyList<string> outputs)
    {
        outputs = [];
        try
        {
            var steps = tracer.Trace(formula, document, context, collapseNewlines, pointer + "/formula");
            outputs = steps.Count > 0 && steps[^1].Count > 0 ? Outputs(tracer, formula, document, context, collapseNewlines, pointer) : [];
            return new ContentParserTrace(name, pointer, steps, steps.FirstOrDefault(step => step.Count == 0)?.Pointer, null);
        }
        catch (ParseException exception)
        {
            return new ContentParserTrace(name, pointer, [], exception.Pointer, exception.Message);
        }
    }

    private static IReadOnlyList<string> Outputs(FormulaTracer tracer, Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer) =>
        tracer.Engine.Parse(formula, document, context, collapseNewlines, pointer + "/formula");
}
