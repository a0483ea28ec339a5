using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae.Simple;

/// <summary>Static (136): <c>num_to_do</c> copies of the text.</summary>
internal sealed class StaticFormulaEvaluator : FormulaEvaluator<StaticFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(StaticFormula formula, FormulaInput input, FormulaEngine engine) =>
        Enumerable.Repeat(formula.StaticText, Math.Max(0, formula.Count)).ToArray();
}

/// <summary>Context Variable (60): the context's value for the variable, if present.</summary>
internal sealed class ContextVariableFormulaEvaluator : FormulaEvaluator<ContextVariableFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(ContextVariableFormula formula, FormulaInput input, FormulaEngine engine) =>
        input.Context.TryGet(formula.VariableName, out var value) ? [value] : [];
}

/// <summary>Nested (133): each result of the main formula is the document of the sub formula.</summary>
internal sealed class NestedFormulaEvaluator : FormulaEvaluator<NestedFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(NestedFormula formula, FormulaInput input, FormulaEngine engine)
    {
        var results = new List<string>();
        foreach (var text in engine.Parse(formula.Main, input.Document, input.Context, input.CollapseNewlines, input.Pointer + "/main"))
        {
            results.AddRange(engine.Parse(formula.Sub, new ParseDocument(text), input.Context, input.CollapseNewlines, input.Pointer + "/sub"));
        }

        return results;
    }
}

/// <summary>
/// Zipper (59): every sub-formula must produce something; text i = the phrase with <c>\1</c>, <c>\2</c>…
/// replaced by stream k's item i (or its last item when shorter).
/// </summary>
internal sealed class ZipperFormulaEvaluator : FormulaEvaluator<ZipperFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(ZipperFormula formula, FormulaInput input, FormulaEngine engine)
    {
        var streams = new List<IReadOnlyList<string>>(formula.Formulae.Count);
        for (var i = 0; i < formula.Formulae.Count; i++)
        {
            var stream = engine.Parse(formula.Formulae[i], input.Document, input.Context, input.CollapseNewlines, $"{input.Pointer}/formulae/{i}");
            if (stream.Count == 0)
            {
                return [];
            }

            streams.Add(stream);
        }

        var count = streams.Count == 0 ? 0 : streams.Max(stream => stream.Count);
        var results = new string[count];
        for (var i = 0; i < count; i++)
        {
            var text = formula.SubstitutionPhrase;
            for (var k = 0; k < streams.Count; k++)
            {
                var stream = streams[k];
                text = text.Replace("\\" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), stream[Math.Min(i, stream.Count - 1)], StringComparison.Ordinal);
            }

            results[i] = text;
        }

        return results;
    }
}
