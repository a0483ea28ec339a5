using HydraEngine.Model.Common;

namespace HydraEngine.Library.Storage;

/// <summary>A stored current version that no longer loads (written by an older release, or damaged on disk).</summary>
/// <param name="LoadableVersion">The newest earlier version that still loads (what <c>repair</c> rolls back to), or null: <c>repair</c> removes the object.</param>
public sealed record UnloadableDefinition(string Kind, string Name, int Version, string Problem, int? LoadableVersion);

/// <summary>What <c>downloaders repair</c> did to one unloadable object.</summary>
public sealed record RepairedDefinition(string Kind, string Name, int BrokenVersion, int? RolledBackTo);

/// <summary>
/// Loads the current versions, setting aside each row that does not load so every other definition keeps working;
/// finds those rows for <c>downloaders check</c> and rolls them back (or removes them) for <c>repair</c>.
/// </summary>
internal sealed class LibraryHealth(LibraryDatabase database, LibraryStore store)
{
    /// <summary>Every current version that loads, and a description of each one that does not.</summary>
    public (IReadOnlyList<LibraryObject> Loaded, IReadOnlyList<UnloadableDefinition> Unloadable) LoadCurrent()
    {
        var loaded = new List<LibraryObject>();
        var unloadable = new List<UnloadableDefinition>();
        foreach (var (objectRow, versionRow) in store.CurrentVersions())
        {
            var source = $"{objectRow.Kind} '{objectRow.Name}' v{versionRow.Version}";
            var kind = LibraryKinds.Parse(objectRow.Kind);
            var problem = $"unknown kind '{objectRow.Kind}'";
            var definition = kind is null ? null : StoredDefinitions.TryLoad(versionRow.HydrusJson, source, out problem);
            if (kind is { } known && definition is not null)
            {
                loaded.Add(new LibraryObject(known, objectRow.Name, versionRow.ObjectKey, (int)versionRow.Version, RowMapping.Origin(versionRow.Origin), definition, (int?)versionRow.BaseVersion));
                continue;
            }

            unloadable.Add(new UnloadableDefinition(objectRow.Kind, objectRow.Name, (int)versionRow.Version, problem, NewestLoadable(objectRow, source)));
        }

        return (loaded, unloadable);
    }

    /// <summary>Rolls each unloadable object back to its newest loadable version, or removes it when none loads.</summary>
    public IReadOnlyList<RepairedDefinition> Repair(IReadOnlyList<UnloadableDefinition> unloadable) => database.Write(transaction =>
    {
        var repaired = new List<RepairedDefinition>();
        foreach (var broken in unloadable)
        {
            var row = store.Object(broken.Kind, broken.Name, transaction)!;
            if (broken.LoadableVersion is { } good)
            {
                var target = store.Version(row.ObjectId, good, transaction)!;
                store.AppendVersion(transaction, target with
                {
                    Origin = RowMapping.OriginWord(VersionOrigin.Rollback), Source = null,
                    Note = $"repair: v{broken.Version} does not load ({broken.Problem}); rolled back to v{good}",
                });
            }
            else
            {
                store.RemoveObject(transaction, row.ObjectId);
            }

            repaired.Add(new RepairedDefinition(broken.Kind, broken.Name, broken.Version, broken.LoadableVersion));
        }

        if (repaired.Count > 0)
        {
            store.BumpRevision(transaction);
        }

        return (IReadOnlyList<RepairedDefinition>)repaired;
    });

    private int? NewestLoadable(ObjectRow row, string source) =>
        store.Versions(row.ObjectId)
            .Where(version => version.Version != row.CurrentVersion)
            .OrderByDescending(version => version.Version)
            .Where(version => StoredDefinitions.TryLoad(version.HydrusJson, source, out _) is not null)
            .Select(version => (int?)version.Version)
            .FirstOrDefault();
}
