using System.Collections.Concurrent;

namespace HydraEngine.Library.Lookup;

/// <summary>One snapshot per database file, reused while the library's id and revision are unchanged.</summary>
internal static class SnapshotCache
{
    private static readonly ConcurrentDictionary<string, (string LibraryId, long Revision, LibrarySnapshot Snapshot)> Cache = new(StringComparer.Ordinal);

    public static LibrarySnapshot Get(string databasePath, string libraryId, long revision, Func<LibrarySnapshot> load)
    {
        if (Cache.TryGetValue(databasePath, out var entry) && entry.LibraryId == libraryId && entry.Revision == revision)
        {
            return entry.Snapshot;
        }

        var snapshot = load();
        Cache[databasePath] = (libraryId, revision, snapshot);
        return snapshot;
    }
}
