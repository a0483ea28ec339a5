using System.Collections.Concurrent;
using HydraEngine.Parsing.Formulae.Html;
using HydraEngine.Parsing.Formulae.Json;
using HydraEngine.Parsing.Formulae.Simple;

namespace HydraEngine.Parsing.Formulae;

/// <summary>
/// Formula evaluators by formula record type: the one place a kind is looked up. Adding a kind is one
/// record, one evaluator, one <see cref="Register"/> call (plugins do the same).
/// </summary>
internal static class FormulaEvaluatorRegistry
{
    private static readonly ConcurrentDictionary<Type, IFormulaEvaluator> Evaluators = new();

    static FormulaEvaluatorRegistry()
    {
        Register(new HtmlFormulaEvaluator());
        Register(new JsonFormulaEvaluator());
        Register(new ZipperFormulaEvaluator());
        Register(new ContextVariableFormulaEvaluator());
        Register(new NestedFormulaEvaluator());
        Register(new StaticFormulaEvaluator());
        Register(new PluginFormulaEvaluator());
    }

    public static void Register(IFormulaEvaluator evaluator) => Evaluators[evaluator.FormulaType] = evaluator;

    public static IFormulaEvaluator? Find(Type formulaType) => Evaluators.GetValueOrDefault(formulaType);
}
