using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae;

/// <summary>What a formula evaluator reads: the document, the context, and where the formula sits (a JSON Pointer).</summary>
internal sealed record FormulaInput(ParseDocument Document, ParsingContext Context, bool CollapseNewlines, string Pointer);
