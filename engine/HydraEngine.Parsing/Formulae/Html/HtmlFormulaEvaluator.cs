using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>Parse Formula HTML (27): rules from the document node, then attribute, string or HTML of each node.</summary>
internal sealed class HtmlFormulaEvaluator : FormulaEvaluator<HtmlFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(HtmlFormula formula, FormulaInput input, FormulaEngine engine)
    {
        Documents.HtmlIndex index;
        try
        {
            index = input.Document.HtmlIndex;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new ParseException("parsing.html", $"Unable to parse that HTML: {exception.Message}", input.Pointer, ParseException.Excerpt(input.Document.Text));
        }

        List<int> nodes = [Documents.HtmlIndex.DocumentPosition];
        foreach (var rule in formula.Rules)
        {
            nodes = HtmlRuleApplier.Apply(rule, nodes, index);
        }

        return Fetch(formula, nodes, index);
    }

    /// <summary>What the formula takes from each node (attribute, string or HTML); empty texts are dropped.</summary>
    internal static List<string> Fetch(HtmlFormula formula, List<int> nodes, Documents.HtmlIndex index)
    {
        var texts = new List<string>(nodes.Count);
        foreach (var position in nodes)
        {
            var node = index.NodeOf(position);
            var text = formula.ContentToFetch switch
            {
                HtmlContentToFetch.Attribute => HtmlAttributes.Fetch(index.Tree, node, formula.AttributeToFetch),
                HtmlContentToFetch.String => HtmlTagString.Of(index.Tree, node),
                _ => SoupTreeMarkup.Of(index.Tree, node),
            };
            if (!string.IsNullOrEmpty(text))
            {
                texts.Add(text);
            }
        }

        return texts;
    }
}
