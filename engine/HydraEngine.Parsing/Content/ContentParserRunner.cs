using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Content;

/// <summary>Runs one content parser as hydrus's <c>ContentParser.Parse</c>.</summary>
public static class ContentParserRunner
{
    /// <summary>The contents found. Throws <see cref="VetoException"/> for a veto, <see cref="ParseException"/> for a parse error.</summary>
    public static IReadOnlyList<ParsedContent> Parse(ContentParser parser, ParseDocument document, ParsingContext context, string pointer = "", FormulaEngine? engine = null)
    {
        IReadOnlyList<string> texts;
        try
        {
            texts = (engine ?? FormulaEngine.Default).Parse(parser.Formula, document, context, collapseNewlines: parser.Content is not NotesContent, pointer + "/formula");
        }
        catch (ParseException exception)
        {
            throw new ParseException(exception.Code, $"Content Parser {parser.Name}: {exception.Message}", exception.Pointer, exception.InputExcerpt);
        }

        switch (parser.Content)
        {
            case VetoContent veto:
                var found = texts.Any(text => StringMatching.Matches(veto.Match, text));
                if (veto.VetoIfMatchesFound == found)
                {
                    throw new VetoException($"veto: {parser.Name}");
                }

                return [];
            case NotesContent:
                texts = texts.Select(ContentTextCleaning.CleanNote).ToList();
                break;
            case UrlsContent when context.TryGet("url", out var baseUrl):
                texts = texts.Select(text => ContentTextCleaning.CleanUrl(text, baseUrl)).ToList();
                break;
            case TitleContent:
                texts = texts.Select(ContentTextCleaning.UnescapeTitle).ToList();
                break;
        }

        return texts.Select(text => new ParsedContent(parser.Name, parser.Content, text)).ToList();
    }
}
