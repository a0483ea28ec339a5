using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Documents.Soup;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Formulae.Html;
using HydraEngine.Parsing.Formulae.Json;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// Runs one formula step by step as <see cref="FormulaEngine.Parse"/> would, recording what each HTML rule, JSON rule
/// and string processing step left. Other formula kinds (zipper, nested, static, context variable, plugins) are one step.
/// </summary>
internal sealed class FormulaTracer(FormulaEngine engine)
{
    private const int SampleCount = 20;

    public FormulaEngine Engine => engine;
    private const int SampleLength = 300;

    public List<TraceStep> Trace(Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer)
    {
        var steps = new List<TraceStep>();
        var raw = formula switch
        {
            HtmlFormula html => TraceHtml(html, document, pointer, steps),
            JsonFormula json => TraceJson(json, document, pointer, steps),
            _ => Whole(formula, document, context, collapseNewlines, pointer, steps),
        };
        if (formula is not (HtmlFormula or JsonFormula))
        {
            return steps;
        }

        IReadOnlyList<string> texts = raw.Select(text => collapseNewlines ? FormulaEngine.CollapseNewlines(text) : PythonText.Strip(text)).ToList();
        for (var i = 0; i < formula.Processor.Steps.Count; i++)
        {
            var step = formula.Processor.Steps[i];
            texts = engine.Strings.Process(new StringProcessor([step]), texts, context.Budget);
            steps.Add(Step($"{pointer}/processor/steps/{i}", "string_processing", step.GetType().Name, texts));
        }

        return steps;
    }

    private static List<string> TraceHtml(HtmlFormula formula, ParseDocument document, string pointer, List<TraceStep> steps)
    {
        var index = document.HtmlIndex;
        List<int> nodes = [HtmlIndex.DocumentPosition];
        for (var i = 0; i < formula.Rules.Count; i++)
        {
            var rule = formula.Rules[i];
            nodes = HtmlRuleApplier.Apply(rule, nodes, index);
            steps.Add(Step($"{pointer}/rules/{i}", "html_rule", Describe(rule), nodes.Take(SampleCount).Select(position => SoupTreeMarkup.Of(index.Tree, index.NodeOf(position))).ToList(), nodes.Count));
        }

        var texts = HtmlFormulaEvaluator.Fetch(formula, nodes, index);
        var what = formula.ContentToFetch == HtmlContentToFetch.Attribute ? $"attribute '{formula.AttributeToFetch}'" : formula.ContentToFetch.ToString().ToLowerInvariant();
        steps.Add(Step($"{pointer}/content_to_fetch", "fetch", "fetch " + what, texts));
        return texts;
    }

    private static List<string> TraceJson(JsonFormula formula, ParseDocument document, string pointer, List<TraceStep> steps)
    {
        var json = document.Json;
        if (json.Root is null)
        {
            throw new ParseException("parsing.json", json.Error!, pointer, ParseException.Excerpt(document.Text));
        }

        var positions = new List<JsonPosition> { new(json.Root, null, 0) };
        for (var i = 0; i < formula.Rules.Count; i++)
        {
            positions = JsonRuleApplier.Apply(formula.Rules[i], positions);
            steps.Add(Step($"{pointer}/rules/{i}", "json_rule", Describe(formula.Rules[i]), positions.Take(SampleCount).Select(position => PyText.Dumps(position.Node)).ToList(), positions.Count));
        }

        var texts = JsonFormulaEvaluator.Fetch(formula, positions, json);
        steps.Add(Step($"{pointer}/content_to_fetch", "fetch", "fetch " + formula.ContentToFetch.ToString().ToLowerInvariant(), texts));
        return texts;
    }

    private List<string> Whole(Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer, List<TraceStep> steps)
    {
        var texts = engine.Parse(formula, document, context, collapseNewlines, pointer).ToList();
        steps.Add(Step(pointer, "formula", formula.GetType().Name, texts));
        return texts;
    }

    internal static string Describe(HtmlParseRule rule)
    {
        var attributes = rule.TagAttributes is { } pairs ? string.Concat(pairs.Select(pair => $"[{pair.Key}={pair.Value}]")) : "";
        var where = rule.TagIndex is { } index ? $" #{index}" : "";
        var depth = rule.TagDepth is { } levels ? $" {levels} up" : "";
        return $"{rule.RuleType.ToString().ToLowerInvariant()} {rule.TagName ?? "*"}{attributes}{where}{depth}";
    }

    internal static string Describe(JsonParseRule rule) => rule switch
    {
        JsonDictionaryKey key => $"key {key.KeyMatch.MatchType.ToString().ToLowerInvariant()} '{key.KeyMatch.Value}'",
        JsonAllItems => "all items",
        JsonIndexedItem item => $"item {item.Index}",
        JsonDeminify deminify => $"de-minify {deminify.Index}",
        JsonAscend ascend => $"ascend {ascend.Levels}",
        JsonTestStringItems test => $"test string items '{test.Match.Value}'",
        _ => rule.GetType().Name,
    };

    private static TraceStep Step(string pointer, string kind, string label, IReadOnlyList<string> outputs, int? count = null) =>
        new(pointer, kind, label, count ?? outputs.Count, outputs.Take(SampleCount).Select(Shorten).ToList());

    private static string Shorten(string text) => text.Length <= SampleLength ? text : string.Concat(text.AsSpan(0, SampleLength - 1), "…");
}
