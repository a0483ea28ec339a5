using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Library.Importing;

/// <summary>One downloader object found in an import source.</summary>
internal sealed record ImportItem(string Source, int Index, LibraryKind Kind, string Name, Definition Definition);

/// <summary>
/// Opens loaded sources the way hydrus opens a downloader payload: a single object is a list of one; list items
/// are GUGs, URL classes, parsers, login scripts and domain metadata, and anything else is "misc", ignored.
/// </summary>
internal static class ImportReader
{
    public static (IReadOnlyList<ImportFile> Files, IReadOnlyList<ImportItem> Items) Read(IEnumerable<DefinitionLoadResult> results, List<DefinitionDiagnostic> diagnostics)
    {
        var files = new List<ImportFile>();
        var items = new List<ImportItem>();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (!result.Succeeded)
            {
                files.Add(new ImportFile(result.Source, result.Format, "could not be loaded", 0, 0, false));
                continue;
            }

            var definitions = result.Definition is DefinitionList list ? list.Items.AsImmutableArray() : [result.Definition!];
            var found = 0;
            for (var index = 0; index < definitions.Length; index++)
            {
                if (LibraryKinds.Of(definitions[index]) is { } kind)
                {
                    items.Add(new ImportItem(result.Source, index, kind, LibraryKinds.NameOf(definitions[index]), definitions[index]));
                    found++;
                }
            }

            var misc = definitions.Length - found;
            if (found == 0)
            {
                diagnostics.Add(new DefinitionDiagnostic(result.Source, "", DiagnosticSeverity.Warning, LibraryDiagnosticCodes.NothingDownloaderRelated,
                    $"this holds {DefinitionDescriptions.Describe(result.Definition!)}, nothing downloader related; it is ignored."));
            }
            else if (misc > 0)
            {
                diagnostics.Add(new DefinitionDiagnostic(result.Source, "", DiagnosticSeverity.Warning, LibraryDiagnosticCodes.MiscObjectsIgnored,
                    $"{misc} misc object(s) that are not downloader objects are ignored, as hydrus ignores them."));
            }

            files.Add(new ImportFile(result.Source, result.Format, DefinitionDescriptions.Describe(result.Definition!), found, misc, true));
        }

        return (files, items);
    }
}
