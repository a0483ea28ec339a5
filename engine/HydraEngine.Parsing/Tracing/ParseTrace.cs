namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// One step of a traced formula: an HTML rule, a JSON rule, what the formula fetched, or one string processing step;
/// <paramref name="Pointer"/> is its JSON Pointer into the parser's native JSON, <paramref name="Count"/> how many
/// nodes or strings it left, <paramref name="Samples"/> the first of them (shortened).
/// </summary>
public sealed record TraceStep(string Pointer, string Kind, string Label, int Count, IReadOnlyList<string> Samples);

/// <summary>
/// One content parser's trace: its steps in order, the first step whose output became empty (null when none did),
/// and what the content parser produced (or the error that stopped it).
/// </summary>
public sealed record ContentParserTrace(string Name, string Pointer, IReadOnlyList<TraceStep> Steps, string? FirstEmptyPointer, string? Error);

/// <summary>A page parser's trace: the pre-parsing conversion's outcome and every content parser (subsidiary ones on their first post).</summary>
public sealed record ParseTrace(string Parser, string? PreParseError, IReadOnlyList<ContentParserTrace> ContentParsers)
{
    /// <summary>The first content parser's first empty step, or null when every step yielded something.</summary>
    public string? FirstEmptyPointer => ContentParsers.Select(parser => parser.FirstEmptyPointer).FirstOrDefault(pointer => pointer is not null);
}
