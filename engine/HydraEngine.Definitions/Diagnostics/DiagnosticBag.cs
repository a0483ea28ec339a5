namespace HydraEngine.Definitions.Diagnostics;

/// <summary>Collects every diagnostic of one load, so a user sees all problems at once.</summary>
public sealed class DiagnosticBag(string source)
{
    private readonly List<DefinitionDiagnostic> items = [];

    public string Source { get; } = source;

    public IReadOnlyList<DefinitionDiagnostic> Items => items;

    public int ErrorCount { get; private set; }

    public void Error(string path, string code, string message) => Add(path, DiagnosticSeverity.Error, code, message);

    public void Warning(string path, string code, string message) => Add(path, DiagnosticSeverity.Warning, code, message);

    /// <summary>A mark to pass to <see cref="DemoteErrorsSince"/>.</summary>
    public int Mark => items.Count;

    public int ErrorsSince(int mark) => items.Skip(mark).Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Turns the errors recorded since <paramref name="mark"/> into warnings (the object they belong to was dropped, as hydrus drops it).</summary>
    public void DemoteErrorsSince(int mark)
    {
        for (var i = mark; i < items.Count; i++)
        {
            if (items[i].Severity == DiagnosticSeverity.Error)
            {
                items[i] = items[i] with { Severity = DiagnosticSeverity.Warning };
                ErrorCount--;
            }
        }
    }

    public void Add(DefinitionDiagnostic diagnostic)
    {
        items.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }
    }

    private void Add(string path, DiagnosticSeverity severity, string code, string message) =>
        Add(new DefinitionDiagnostic(Source, path, severity, code, message));
}
