using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library;
using HydraEngine.Library.Importing;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>Writes an import plan for a person to check: the files, each object's fate, the diagnostics, a summary.</summary>
internal static class ImportPlanPrinter
{
    private const int ChangedFieldsShown = 6;

    public static void Print(ImportPlan plan, string databasePath, TextWriter output)
    {
        output.WriteLine($"import into {databasePath} (library revision {plan.Revision})");
        output.WriteLine("files:");
        foreach (var file in plan.Files)
        {
            var counts = file.Loaded ? $" ({file.DownloaderObjects} downloader object(s){(file.MiscObjects > 0 ? $", {file.MiscObjects} misc ignored" : "")})" : "";
            output.WriteLine($"  {file.Source}: {file.Description}{counts}");
        }

        if (plan.Changes.Count > 0)
        {
            output.WriteLine("objects:");
            foreach (var change in plan.Changes)
            {
                output.WriteLine($"  {Word(change.Action),-10} {LibraryKinds.Word(change.Kind),-15} {change.Name}{Detail(change)}");
            }
        }

        if (plan.Diagnostics.Count > 0)
        {
            output.WriteLine("diagnostics:");
            foreach (var diagnostic in plan.Diagnostics)
            {
                output.WriteLine($"  {diagnostic}");
            }
        }

        int Count(ImportAction action) => plan.Changes.Count(change => change.Action == action);
        var errors = plan.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        output.WriteLine($"summary: {Count(ImportAction.New)} new, {Count(ImportAction.Replace)} replacing, {Count(ImportAction.Identical)} identical (skipped), " +
            $"{Count(ImportAction.DuplicateInPayload)} repeated in the import (skipped); {errors} error(s), {plan.Diagnostics.Count - errors} warning(s)");
    }

    private static string Word(ImportAction action) => action switch
    {
        ImportAction.New => "new",
        ImportAction.Replace => "replace",
        ImportAction.Identical => "identical",
        _ => "repeated",
    };

    private static string Detail(PlannedChange change)
    {
        switch (change.Action)
        {
            case ImportAction.Replace:
                var fields = change.Changes.Select(field => field.Path.Length == 0 ? "(whole object)" : field.Path.TrimStart('/')).ToList();
                var shown = string.Join(", ", fields.Take(ChangedFieldsShown)) + (fields.Count > ChangedFieldsShown ? $" and {fields.Count - ChangedFieldsShown} more" : "");
                var edit = change.LocalEdit switch
                {
                    null => "",
                    { Merged: not null, Conflicts.Count: 0 } => "; local edit re-applied",
                    { Merged: not null } merge => $"; local edit re-applied except {merge.Conflicts.Count} conflicting field(s), which keep the upstream value (the edit is set aside)",
                    { Conflicts.Count: 0 } => "; the update already holds the local edit",
                    _ => "; local edit conflicts: the upstream values are kept and the edit is set aside",
                };
                return $"  (replaces v{change.ReplacesVersion}; changes {shown}{edit})";
            case ImportAction.Identical:
                return "  (already in the library)";
            case ImportAction.DuplicateInPayload:
                return "  (the first one in this import is used)";
            default:
                return "";
        }
    }
}
