using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HydraEngine.Strings;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// One snapshot per database file and engine (its string services), reused while the library's id and revision are
/// unchanged. A pure memo: a snapshot is immutable and determined by its key, so engines never see each other's, and
/// an engine's entries go with its string services.
/// </summary>
internal static class SnapshotCache
{
    private static readonly ConditionalWeakTable<StringServices, ConcurrentDictionary<string, (string LibraryId, long Revision, LibrarySnapshot Snapshot)>> Engines = [];

    public static LibrarySnapshot Get(StringServices strings, string databasePath, string libraryId, long revision, Func<LibrarySnapshot> load)
    {
        var cache = Engines.GetOrCreateValue(strings);
        if (cache.TryGetValue(databasePath, out var entry) && entry.LibraryId == libraryId && entry.Revision == revision)
        {
            return entry.Snapshot;
        }

        var snapshot = load();
        cache[databasePath] = (libraryId, revision, snapshot);
        return snapshot;
    }
}
