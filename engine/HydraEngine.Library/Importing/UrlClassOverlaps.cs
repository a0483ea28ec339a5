using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Lookup;

namespace HydraEngine.Library.Importing;

/// <summary>
/// The leftovers hydrus issue #246 is about, among the URL classes an import leaves current: duplicates (two classes
/// that each match the other's example URL, so they do one job) and shadowed classes (a class that loses its own
/// example URL to a more specific one, so it can never win). Reported as warnings when an imported class is involved.
/// </summary>
internal static class UrlClassOverlaps
{
    public static void Report(LibrarySnapshot prospective, IReadOnlyDictionary<string, string> touchedSources, List<DefinitionDiagnostic> diagnostics)
    {
        var engines = prospective.Manager.UrlClasses;
        var touched = engines.Where(engine => touchedSources.ContainsKey(engine.Class.Name)).ToList();
        var pairs = new HashSet<(string, string)>();
        foreach (var mine in touched)
        {
            foreach (var other in engines)
            {
                if (other == mine || !mine.Matches(other.Class.ExampleUrl) || !other.Matches(mine.Class.ExampleUrl))
                {
                    continue;
                }

                var pair = string.CompareOrdinal(mine.Class.Name, other.Class.Name) < 0 ? (mine.Class.Name, other.Class.Name) : (other.Class.Name, mine.Class.Name);
                if (pairs.Add(pair))
                {
                    diagnostics.Add(Warning(touchedSources[mine.Class.Name], LibraryDiagnosticCodes.DuplicateUrlClasses,
                        $"URL classes '{pair.Item1}' and '{pair.Item2}' each match the other's example URL: they do the same job and only one of them is ever used. Remove or fix the stale one."));
                }
            }
        }

        foreach (var engine in engines)
        {
            if (!engine.Matches(engine.Class.ExampleUrl) || prospective.Index.GetUrlClass(engine.Class.ExampleUrl) is not { } winner || winner == engine)
            {
                continue;
            }

            var involved = touchedSources.GetValueOrDefault(engine.Class.Name) ?? touchedSources.GetValueOrDefault(winner.Class.Name);
            var pair = string.CompareOrdinal(engine.Class.Name, winner.Class.Name) < 0 ? (engine.Class.Name, winner.Class.Name) : (winner.Class.Name, engine.Class.Name);
            if (involved is not null && !pairs.Contains(pair))
            {
                diagnostics.Add(Warning(involved, LibraryDiagnosticCodes.ShadowedUrlClass,
                    $"URL class '{engine.Class.Name}' can never win: the more specific '{winner.Class.Name}' matches its example URL {engine.Class.ExampleUrl} first."));
            }
        }
    }

    private static DefinitionDiagnostic Warning(string source, string code, string message) => new(source, "", DiagnosticSeverity.Warning, code, message);
}
