using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Lookup;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Importing;

/// <summary>
/// Makes an <see cref="ImportPlan"/>: reads the sources, keeps the first object of each kind and name (as hydrus
/// does), decides each object's fate, then checks the library as the import would leave it.
/// </summary>
internal sealed class ImportPlanner(LibrarySnapshot snapshot, Func<LibraryObject, int, Definition> loadVersion, string libraryId, long revision, DefinitionReadOptions reading)
{
    public ImportPlan Plan(IEnumerable<DefinitionLoadResult> sources)
    {
        var diagnostics = new List<DefinitionDiagnostic>();
        var (files, items) = ImportReader.Read(sources, diagnostics);
        var planner = new ChangePlanner(snapshot, loadVersion, reading);
        var seen = new HashSet<(LibraryKind, string)>();
        var changes = new List<PlannedChange>();
        foreach (var item in items)
        {
            if (seen.Add((item.Kind, item.Name)))
            {
                changes.Add(planner.Plan(item));
                continue;
            }

            diagnostics.Add(new DefinitionDiagnostic(item.Source, $"/{item.Index}", DiagnosticSeverity.Warning, LibraryDiagnosticCodes.DuplicateInPayload,
                $"{LibraryKinds.Word(item.Kind)} '{item.Name}' appears again in this import; the first one is used, as hydrus does."));
            changes.Add(new PlannedChange(ImportAction.DuplicateInPayload, item.Kind, item.Name, DefinitionDescriptions.HydrusNameOf(item.Definition), item.Source, item.Definition, item.Definition, null, [], null));
        }

        var writes = changes.Where(change => change.Writes).ToList();
        if (writes.Count > 0)
        {
            var prospective = snapshot.With(writes.Select(change => (change.Kind, change.Name, change.Result)).ToList());
            var checks = new ImportChecks(prospective, diagnostics);
            writes.ForEach(checks.Check);
            var touched = writes.Where(change => change.Kind == LibraryKind.UrlClass).ToDictionary(change => change.Name, change => change.Source, StringComparer.Ordinal);
            UrlClassOverlaps.Report(prospective, touched, diagnostics);
        }

        foreach (var change in writes.Where(change => change.LocalEdit is { Conflicts.Count: > 0 }))
        {
            diagnostics.Add(new DefinitionDiagnostic(change.Source, "", DiagnosticSeverity.Warning, LibraryDiagnosticCodes.LocalEditConflict,
                $"{LibraryKinds.Word(change.Kind)} '{change.Name}': the local edit conflicts with the update in {string.Join(", ", change.LocalEdit!.Conflicts.Select(conflict => conflict.Path))}; the upstream values are kept and the edit is set aside (see `hydra downloaders show`)."));
        }

        return new ImportPlan(libraryId, revision, files, changes, diagnostics);
    }
}
