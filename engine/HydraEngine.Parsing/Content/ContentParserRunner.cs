using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Content.Types;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;

namespace HydraEngine.Parsing.Content;

/// <summary>Runs one content parser as hydrus's <c>ContentParser.Parse</c>.</summary>
public static class ContentParserRunner
{
    /// <summary>The contents found. Throws <see cref="VetoException"/> for a veto, <see cref="ParseException"/> for a parse error.</summary>
    public static IReadOnlyList<ParsedContent> Parse(ContentParser parser, ParseDocument document, ParsingContext context, string pointer = "", FormulaEngine? engine = null)
    {
        var type = ContentTypes.Default.For(parser.Content);
        IReadOnlyList<string> texts;
        try
        {
            texts = (engine ?? FormulaEngine.Default).Parse(parser.Formula, document, context, collapseNewlines: type.CollapseNewlines, pointer + "/formula");
        }
        catch (ParseException exception)
        {
            throw new ParseException(exception.Code, $"Content Parser {parser.Name}: {exception.Message}", exception.Pointer, exception.InputExcerpt);
        }

        texts = type.Yield(parser, texts, context);
        var pool = context.Values;
        return texts.Select(text => new ParsedContent(parser.Name, parser.Content, pool?.Share(text) ?? text)).ToList();
    }
}
