using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Documents;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Formulae;

/// <summary>
/// Runs a formula as hydrus's <c>ParseFormula.Parse</c>: raw texts, then newline collapsing or stripping,
/// then the string processor.
/// </summary>
public sealed class FormulaEngine
{
    public static FormulaEngine Default { get; } = new();

    public IReadOnlyList<string> Parse(Formula formula, ParseDocument document, ParsingContext context, bool collapseNewlines, string pointer = "")
    {
        var evaluator = FormulaEvaluatorRegistry.Find(formula.GetType())
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
            return StringProcessing.Process(formula.Processor, texts, context.Budget);
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
