using HydraEngine.Model.Parsing;

namespace HydraEngine.Parsing.Formulae;

/// <summary>
/// Produces the raw texts of one formula kind (before newline handling and the string processor).
/// Found through <see cref="FormulaEvaluatorRegistry"/> by the formula's record type.
/// </summary>
internal interface IFormulaEvaluator
{
    Type FormulaType { get; }

    IReadOnlyList<string> ParseRawTexts(Formula formula, FormulaInput input, FormulaEngine engine);
}

/// <summary>Typed base for evaluators.</summary>
internal abstract class FormulaEvaluator<TFormula> : IFormulaEvaluator
    where TFormula : Formula
{
    public Type FormulaType => typeof(TFormula);

    public IReadOnlyList<string> ParseRawTexts(Formula formula, FormulaInput input, FormulaEngine engine) =>
        ParseRawTexts((TFormula)formula, input, engine);

    protected abstract IReadOnlyList<string> ParseRawTexts(TFormula formula, FormulaInput input, FormulaEngine engine);
}
