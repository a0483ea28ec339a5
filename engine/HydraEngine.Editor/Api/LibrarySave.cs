using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Editor.Http;
using HydraEngine.Library;
using HydraEngine.Library.Testing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// Saves an edited definition as new library versions in one transaction: an object the library has becomes a "local edit"
/// version (not an import), a new one is added; the test packs are stored with the parser versions.
/// </summary>
internal static class LibrarySave
{
    public static JsonObject Save(DownloaderLibrary library, DefinitionLoadResult loaded, IReadOnlyList<ParserTest> tests)
    {
        var plan = library.PlanImport([loaded], tests);
        if (plan.HasErrors)
        {
            var first = plan.Diagnostics.First(diagnostic => diagnostic.Severity == HydraEngine.Definitions.Diagnostics.DiagnosticSeverity.Error);
            throw new EditorRequestException(422, "/definition" + first.Path, $"the library refuses it: {first.Message}", DiagnosticsJson.Of(plan.Diagnostics, "/definition"));
        }

        if (!plan.CanApply && tests.Count == 0)
        {
            throw new EditorRequestException(409, "/definition", "the library already has exactly this; nothing to save.");
        }

        if (!plan.CanApply)
        {
            foreach (var pack in tests.GroupBy(test => test.Parser))
            {
                library.SaveTests(pack.Key, pack.ToList());
            }

            return new JsonObject { ["added"] = 0, ["replaced"] = 0, ["saved"] = new JsonArray(), ["tests_saved"] = tests.Count };
        }

        var outcome = library.ApplyEdits(plan);
        return new JsonObject
        {
            ["added"] = outcome.Added,
            ["replaced"] = outcome.Replaced,
            ["tests_saved"] = tests.Count,
            ["test_results"] = TestPackInput.Results(plan.TestResults),
            ["saved"] = new JsonArray(plan.ToWrite.Select(change => (JsonNode)new JsonObject
            {
                ["kind"] = LibraryEndpoints.LibraryWord(change.Kind),
                ["name"] = change.Name,
                ["version"] = library.History(change.Name, change.Kind).First(version => version.IsCurrent).Version,
            }).ToArray()),
        };
    }
}
