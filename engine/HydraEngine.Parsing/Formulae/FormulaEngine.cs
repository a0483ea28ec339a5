using System.Collections.Frozen;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae.Html;
using HydraEngine.Parsing.Formulae.Json;
using HydraEngine.Parsing.Formulae.Simple;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Formulae;

/// <summary>
/// Runs a formula as hydrus's <c>ParseFormula.Parse</c>: raw texts, then newline collapsing or stripping,
/// then the string processor. One engine's parsing: its string services and the plugin formulae of its plugin host
/// (immutable; two engines with different plugins each hold their own). Formula evaluators are found by record type:
/// adding a kind is one record, one evaluator and one line in <see cref="BuiltIn"/>.
/// </summary>
public sealed class FormulaEngine(StringServices strings, IPluginFormulaRunner? pluginFormulae = null)
{
    private static readonly FrozenDictionary<Type, IFormulaEvaluator> BuiltIn = new IFormulaEvaluator[]
    {
        new HtmlFormulaEvaluator(), new JsonFormulaEvaluator(), new ZipperFormulaEvaluator(), new ContextVariableFormulaEvaluator(),
        new NestedFormulaEvaluator(), new StaticFormulaEvaluator(), new PluginFormulaEvaluator(),
    }.ToFrozenDictionary(evaluator => evaluator.FormulaType);

    /// <summary>Built-in formula kinds and string steps, no plugins, on the system clock.</summary>
    public static FormulaEngine Default { get; } = new(StringServices.Default);

    /// <summary>The string converters and processors formulae and pre-parse conversions run through.</summary>
    public StringServices Strings { get; } = strings ?? throw new ArgumentNullException(nameof(strings));

    /// <summary>Where plugin formulae are evaluated; null when this engine has no plugins.</summary>
    internal IPluginFormulaRunner? PluginFormulae { get; } = pluginFormulae;

    /// <summary>Whether formulae of this exact record type can be evaluated.</summary>
    public static bool CanEvaluate(Type formulaType) => BuiltIn.ContainsKey(formulaType);

    public IReadOnlyList<string> Parse(Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer = "")
    {
        var evaluator = BuiltIn.GetValueOrDefault(formula.GetType())
            ?? throw new ParseException("parsing.unknown-formula", $"no evaluator is registered for {formula.GetType().Name} (is the plugin that provides it enabled?)", pointer, "");
        CheckBudget(context, pointer);
        var raw = evaluator.ParseRawTexts(formula, new FormulaInput(document, context, collapseNewlines, pointer), this);
        CheckBudget(context, pointer);
        var texts = new List<string>(raw.Count);
        foreach (var text in raw)
        {
            texts.Add(collapseNewlines ? CollapseNewlines(text) : PythonText.Strip(text));
        }

        try
        {
            return Strings.Process(formula.Processor, texts, context.Budget);
        }
        catch (TimeBudgetExceededException exception)
        {
            throw BudgetFailure(exception, pointer + "/processor");
        }
        catch (StringProcessingException exception)
        {
            throw new ParseException(exception.Code, exception.Message, pointer + "/processor", ParseException.Excerpt(string.Join("\n", texts)));
        }
    }

    /// <summary>
    /// The formula's texts one at a time, for a caller that uses each once (a subsidiary parser's split): a JSON formula
    /// that dumps what its rules reach, with no processing steps, dumps each match only when it is asked for, so a big
    /// API page split into posts never holds every post's text at once. Rule errors still throw here, before the first text.
    /// </summary>
    internal IEnumerable<string> ParseOneByOne(Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer)
    {
        if (collapseNewlines || formula is not JsonFormula { ContentToFetch: JsonContentToFetch.Json } json || json.Processor.Steps.Count > 0)
        {
            return Parse(formula, document, context, collapseNewlines, pointer);
        }

        CheckBudget(context, pointer);
        var positions = JsonFormulaEvaluator.Positions(json, new FormulaInput(document, context, collapseNewlines, pointer));
        CheckBudget(context, pointer);

        // a dump starts and ends with a bracket, a quote or a literal, so stripping keeps it as it is
        return JsonFormulaEvaluator.DumpEach(positions, document.Json);
    }

    private static void CheckBudget(ParsingContext context, string pointer)
    {
        try
        {
            context.Budget?.Check();
        }
        catch (TimeBudgetExceededException exception)
        {
            throw BudgetFailure(exception, pointer);
        }
    }

    private static ParseException BudgetFailure(TimeBudgetExceededException exception, string pointer) =>
        new("parsing.time-budget", $"the parse {exception.Message}, at the formula {pointer}", pointer, "");

    /// <summary>Each line stripped, empty lines dropped, joined with nothing (hydrus joins with "").</summary>
    internal static string CollapseNewlines(string text)
    {
        if (text.AsSpan().IndexOfAny("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029") < 0)
        {
            return PythonText.Strip(text);
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var line in PythonText.SplitLines(text))
        {
            builder.Append(PythonText.Strip(line));
        }

        return builder.ToString();
    }
}
