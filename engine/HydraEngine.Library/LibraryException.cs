using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Library;

/// <summary>
/// A request the library cannot carry out (unknown name, bad version, invalid edit…). The message is written for
/// the user; <see cref="Diagnostics"/> holds any definition problems behind it. Nothing was changed.
/// </summary>
public sealed class LibraryException(string message, IReadOnlyList<DefinitionDiagnostic>? diagnostics = null, Exception? inner = null) : Exception(message, inner)
{
    public IReadOnlyList<DefinitionDiagnostic> Diagnostics { get; } = diagnostics ?? [];
}
