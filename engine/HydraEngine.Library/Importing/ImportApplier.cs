using System.Text.Json;
using HydraEngine.Library.Storage;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Importing;

/// <summary>
/// Writes a plan inside one transaction: each new or replacing object becomes a new "import" version and current;
/// a re-applied local edit becomes a "local edit" version on top of it; conflicting edits are set aside. With
/// <c>asLocalEdits</c> (a save from the editor) a replacing object becomes a "local edit" version on its upstream
/// version instead, as <c>downloaders edit</c> makes it. Test packs are stored after, with the versions they go with.
/// </summary>
internal sealed class ImportApplier(LibraryStore store)
{
    public ImportOutcome Apply(SqliteTransaction transaction, ImportPlan plan, bool asLocalEdits = false)
    {
        var (libraryId, revision) = store.Revision(transaction);
        if (libraryId != plan.LibraryId || revision != plan.Revision)
        {
            throw new LibraryException("the library changed since this import was planned; run the import again to see a fresh plan");
        }

        if (plan.HasErrors)
        {
            throw new LibraryException("this import has errors (see its plan) and cannot be applied", plan.Diagnostics);
        }

        int added = 0, replaced = 0, reapplied = 0, setAside = 0;
        foreach (var change in plan.ToWrite)
        {
            var kind = LibraryKinds.Word(change.Kind);
            var objectId = store.Object(kind, change.Name, transaction)?.ObjectId ?? store.InsertObject(transaction, kind, change.Name);
            var note = change.ReplacesVersion is int old ? $"replaces v{old}" : "new";
            if (asLocalEdits && change.ReplacesVersion is int edited)
            {
                var baseVersion = store.Version(objectId, edited, transaction)!.BaseVersion ?? edited;
                store.AppendVersion(transaction, VersionRows.Create(objectId, change.Incoming, VersionOrigin.LocalEdit, change.Source, $"edited in the editor (on upstream v{baseVersion})", baseVersion));
                replaced++;
                continue;
            }

            var upstream = store.AppendVersion(transaction, VersionRows.Create(objectId, change.Incoming, VersionOrigin.Import, change.Source, note, null));
            if (change.Action == ImportAction.New)
            {
                added++;
            }
            else
            {
                replaced++;
            }

            if (change.LocalEdit is not { } merge)
            {
                continue;
            }

            if (merge.Merged is { } merged)
            {
                store.AppendVersion(transaction, VersionRows.Create(objectId, merged, VersionOrigin.LocalEdit, change.Source, $"local edit of v{merge.EditVersion} re-applied on v{upstream}", upstream));
                reapplied++;
            }

            if (merge.Conflicts.Count > 0)
            {
                var conflicts = JsonSerializer.Serialize(merge.Conflicts.Select(conflict => new[] { conflict.Path, conflict.Ours, conflict.Theirs }));
                store.InsertSetAside(transaction, new SetAsideRow(0, objectId, store.NowMs(), upstream, merge.EditVersion, conflicts, merge.OursNativeJson));
                setAside++;
            }
        }

        foreach (var pack in plan.Tests.GroupBy(test => test.Parser))
        {
            TestPackRows.Replace(transaction, pack.Key, pack.ToList(), store.NowMs());
        }

        store.BumpRevision(transaction);
        return new ImportOutcome(added, replaced, plan.Changes.Count - added - replaced, reapplied, setAside, revision + 1);
    }
}
