using HydraEngine.Model.Parsing;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Parse Formula JSON (31): rules from the root, then string, JSON or dictionary keys of each node.</summary>
internal sealed class JsonFormulaEvaluator : FormulaEvaluator<JsonFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(JsonFormula formula, FormulaInput input, FormulaEngine engine)
    {
        var json = input.Document.Json;
        if (json.Root is null)
        {
            throw new ParseException("parsing.json", json.Error!, input.Pointer, ParseException.Excerpt(input.Document.Text));
        }

        var positions = new List<JsonPosition> { new(json.Root, null, 0) };
        foreach (var rule in formula.Rules)
        {
            try
            {
                positions = JsonRuleApplier.Apply(rule, positions);
            }
            catch (DeminifyCycleException cycle)
            {
                throw new ParseException("parsing.json.deminify", $"Could not de-minify the JSON: {cycle.Message}.", input.Pointer, ParseException.Excerpt(input.Document.Text));
            }
        }

        return Fetch(formula, positions);
    }

    /// <summary>What the formula takes from each position (string, JSON or dictionary keys).</summary>
    internal static List<string> Fetch(JsonFormula formula, List<JsonPosition> positions)
    {
        var texts = new List<string>(positions.Count);
        foreach (var position in positions)
        {
            var node = position.Node;
            switch (formula.ContentToFetch)
            {
                case JsonContentToFetch.String when node is not (PyList or PyDict or PyNull):
                    texts.Add(PyText.Str(node));
                    break;
                case JsonContentToFetch.Json:
                    var dumped = PyText.Dumps(node);
                    Documents.JsonDocumentResult.Remember(dumped, node);
                    texts.Add(dumped);
                    break;
                case JsonContentToFetch.DictionaryKeys when node is PyDict dict:
                    texts.AddRange(dict.SortedPairs.Select(pair => pair.Key));
                    break;
            }
        }

        return texts;
    }
}
