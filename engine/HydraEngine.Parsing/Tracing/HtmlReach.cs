using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae.Html;

namespace HydraEngine.Parsing.Tracing;

/// <summary>The elements an HTML formula's first rules reach, as the formula engine applies them.</summary>
internal static class HtmlReach
{
    public static IReadOnlyList<HtmlElementView> Elements(HtmlFormula formula, ParseDocument document, int ruleCount)
    {
        var index = document.HtmlIndex;
        List<int> nodes = [HtmlIndex.DocumentPosition];
        foreach (var rule in formula.Rules.Take(ruleCount))
        {
            nodes = HtmlRuleApplier.Apply(rule, nodes, index);
        }

        return nodes.Where(position => position != HtmlIndex.DocumentPosition).Select(position => new HtmlElementView(index, position)).ToList();
    }

    /// <summary>The index of the first rule that reaches nothing in <paramref name="document"/>; the last rule when every one reaches something.</summary>
    public static int FirstEmpty(HtmlFormula formula, ParseDocument document)
    {
        for (var count = 1; count <= formula.Rules.Count; count++)
        {
            if (Elements(formula, document, count).Count == 0)
            {
                return count - 1;
            }
        }

        return formula.Rules.Count - 1;
    }
}
