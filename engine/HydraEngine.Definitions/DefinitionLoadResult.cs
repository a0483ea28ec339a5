using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions;

public enum DefinitionFormat
{
    HydrusPng,
    HydrusJson,
    NativeJson,
}

/// <summary>
/// The outcome of loading one definition source: the object (null when it could not be loaded) and every
/// diagnostic found. <see cref="GeneratedKeys"/> lists keys hydrus's upgrades invent at random (old URL classes).
/// </summary>
public sealed record DefinitionLoadResult(
    string Source,
    DefinitionFormat? Format,
    Definition? Definition,
    IReadOnlyList<DefinitionDiagnostic> Diagnostics,
    IReadOnlyList<string> GeneratedKeys)
{
    public bool Succeeded => Definition is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<DefinitionDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
