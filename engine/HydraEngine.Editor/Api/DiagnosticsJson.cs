using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Editor.Api;

/// <summary>Diagnostics as the editor shows them: <c>[{"path","severity","code","message"}]</c>, the path a JSON Pointer.</summary>
internal static class DiagnosticsJson
{
    public static JsonArray Of(IEnumerable<DefinitionDiagnostic> diagnostics, string prefix = "") =>
        new(diagnostics.Select(diagnostic => (JsonNode)new JsonObject
        {
            ["path"] = prefix + diagnostic.Path,
            ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
            ["code"] = diagnostic.Code,
            ["message"] = diagnostic.Message,
        }).ToArray());
}
