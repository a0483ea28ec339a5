namespace HydraEngine.Definitions.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in a user-supplied definition. <see cref="Path"/> is a JSON Pointer into the
/// source document (or the decoded hydrus tuple); <see cref="Code"/> is stable; <see cref="Message"/>
/// says what is wrong and what to do.
/// </summary>
public sealed record DefinitionDiagnostic(
    string Source,
    string Path,
    DiagnosticSeverity Severity,
    string Code,
    string Message)
{
    public override string ToString() =>
        $"{Source}{(Path.Length > 0 ? "#" + Path : "")}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
