using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Editor.Http;
using HydraEngine.Library;

namespace HydraEngine.Editor.Api;

/// <summary>Saves an edited definition as new library versions through the library's import (one transaction).</summary>
internal static class LibrarySave
{
    public static JsonObject Save(DownloaderLibrary library, DefinitionLoadResult loaded)
    {
        var plan = library.PlanImport([loaded]);
        if (plan.HasErrors)
        {
            var first = plan.Diagnostics.First(diagnostic => diagnostic.Severity == HydraEngine.Definitions.Diagnostics.DiagnosticSeverity.Error);
            throw new EditorRequestException(422, "/definition" + first.Path, $"the library refuses it: {first.Message}", DiagnosticsJson.Of(plan.Diagnostics, "/definition"));
        }

        if (!plan.CanApply)
        {
            throw new EditorRequestException(409, "/definition", "the library already has exactly this; nothing to save.");
        }

        var outcome = library.ApplyImport(plan);
        return new JsonObject
        {
            ["added"] = outcome.Added,
            ["replaced"] = outcome.Replaced,
            ["saved"] = new JsonArray(plan.ToWrite.Select(change => (JsonNode)new JsonObject
            {
                ["kind"] = LibraryEndpoints.LibraryWord(change.Kind),
                ["name"] = change.Name,
                ["version"] = library.History(change.Name, change.Kind).First(version => version.IsCurrent).Version,
            }).ToArray()),
        };
    }
}
