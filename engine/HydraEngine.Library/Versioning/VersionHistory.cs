using HydraEngine.Library.Storage;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Versioning;

/// <summary>An object's history, diffs between its versions, and rollback to an earlier version.</summary>
internal sealed class VersionHistory(LibraryDatabase database, LibraryStore store)
{
    public IReadOnlyList<LibraryVersion> History(ObjectRow row) =>
        store.Versions(row.ObjectId).Select(version => RowMapping.ToVersion(version, row.CurrentVersion)).ToList();

    public Definition Load(ObjectRow row, long version) =>
        StoredDefinitions.Load(Row(row, version).HydrusJson, $"{row.Kind} '{row.Name}' v{version}");

    /// <summary>Version <paramref name="from"/> against <paramref name="to"/>; by default the previous version against the current one.</summary>
    public VersionDiff Diff(ObjectRow row, int? from, int? to)
    {
        var target = to ?? (int)row.CurrentVersion;
        var source = from ?? target - 1;
        if (from is null && source < 1)
        {
            throw new LibraryException($"{row.Kind} '{row.Name}' has only one version; there is nothing to compare it with");
        }

        var fromRow = Row(row, source);
        var toRow = Row(row, target);
        var before = NativeJson.Of(Load(row, source));
        var after = NativeJson.Of(Load(row, target));
        var lines = LineDiff.Unified(NativeJson.Text(before), NativeJson.Text(after));
        return new VersionDiff(RowMapping.Kind(row.Kind), row.Name, RowMapping.ToVersion(fromRow, row.CurrentVersion), RowMapping.ToVersion(toRow, row.CurrentVersion), FieldChanges.Compare(before, after), lines);
    }

    /// <summary>
    /// Makes version <paramref name="version"/> current again, as a new "rollback" version (a rolled-back local edit stays
    /// a local edit); a parser's test pack goes back to the one saved with that version.
    /// </summary>
    public LibraryVersion Rollback(ObjectRow row, int version) => database.Write(transaction =>
    {
        var fresh = store.Object(row.Kind, row.Name, transaction)!;
        var target = store.Version(fresh.ObjectId, version, transaction) ?? throw MissingVersion(fresh, version);
        if (version == fresh.CurrentVersion)
        {
            throw new LibraryException($"v{version} of {row.Kind} '{row.Name}' is already current");
        }

        var copy = target with { Origin = RowMapping.OriginWord(VersionOrigin.Rollback), Source = null, Note = $"rolled back to v{version} (from v{fresh.CurrentVersion})" };
        var number = store.AppendVersion(transaction, copy);
        if (row.Kind == LibraryKinds.Word(LibraryKind.Parser))
        {
            TestPackRows.RestoreFor(transaction, row.Name, version, store.NowMs());
        }

        store.BumpRevision(transaction);
        return RowMapping.ToVersion(store.Version(row.ObjectId, number, transaction)!, number);
    });

    private VersionRow Row(ObjectRow row, long version) => store.Version(row.ObjectId, version) ?? throw MissingVersion(row, version);

    private LibraryException MissingVersion(ObjectRow row, long version)
    {
        var count = store.Versions(row.ObjectId).Count;
        return new LibraryException($"{row.Kind} '{row.Name}' has no version {version}; its versions are 1 to {count} (`hydra downloaders history \"{row.Name}\"`)");
    }
}
