using HydraEngine.Model.Parsing;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>Parse Formula JSON (31): rules from the root, then string, JSON or dictionary keys of each node.</summary>
internal sealed class JsonFormulaEvaluator : FormulaEvaluator<JsonFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(JsonFormula formula, FormulaInput input, FormulaEngine engine) =>
        Fetch(formula, Positions(formula, input), input.Document.Json);

    /// <summary>The positions the formula's rules reach from the document's root; throws <see cref="ParseException"/> when the document is not JSON.</summary>
    internal static List<JsonPosition> Positions(JsonFormula formula, FormulaInput input)
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

        return positions;
    }

    /// <summary>The JSON dump of each position, made as it is asked for (what <see cref="Fetch"/> gives for JSON content, one at a time).</summary>
    internal static IEnumerable<string> DumpEach(List<JsonPosition> positions, Documents.JsonDocumentResult json)
    {
        foreach (var position in positions)
        {
            yield return json.Dump(position.Node);
        }
    }

    /// <summary>What the formula takes from each position (string, JSON or dictionary keys).</summary>
    internal static List<string> Fetch(JsonFormula formula, List<JsonPosition> positions, Documents.JsonDocumentResult json)
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
                    texts.Add(json.Dump(node));
                    break;
                case JsonContentToFetch.DictionaryKeys when node is PyDict dict:
                    texts.AddRange(dict.SortedPairs.Select(pair => pair.Key));
                    break;
            }
        }

        return texts;
    }
}
