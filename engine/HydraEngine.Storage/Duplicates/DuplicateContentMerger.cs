using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>Applies <see cref="DuplicateMergeOptions"/> to a pair through the store (A kept, B the other).</summary>
internal sealed class DuplicateContentMerger(HydraStore store)
{
    public void Merge(FileHash a, FileHash b, DuplicateMergeOptions options, IReadOnlyCollection<FileHash> deletees)
    {
        var reportA = store.GetFile(a) ?? throw new StoreException($"the store has no file {a.ToHex()}");
        var reportB = store.GetFile(b) ?? throw new StoreException($"the store has no file {b.ToHex()}");
        foreach (var (service, action) in options.TagServices)
        {
            var tagsA = reportA.Tags.FirstOrDefault(tags => tags.Service == service)?.StorageTags ?? [];
            var tagsB = reportB.Tags.FirstOrDefault(tags => tags.Service == service)?.StorageTags ?? [];
            Apply(action, tagsA, tagsB, (hash, tags) => store.AddTags([hash], tags, service), (hash, tags) => store.RemoveTags([hash], tags, service), a, b);
        }

        foreach (var (service, action) in options.RatingServices)
        {
            new RatingMerger(store).Merge(a, b, service, action);
        }

        Apply(options.Urls, reportA.Urls, reportB.Urls, (hash, urls) => store.AddUrls(hash, urls), (hash, urls) => store.RemoveUrls(hash, urls), a, b);
        MergeNotes(options.Notes, reportA, reportB);
        var archiveBoth = options.Archive == ArchiveMerge.ArchiveBothRegardless
            || (options.Archive == ArchiveMerge.IfOneIsArchivedArchiveBoth && (!reportA.Inbox || !reportB.Inbox));
        var toArchive = new[] { a, b }.Where(hash => !deletees.Contains(hash)).ToList();
        if (archiveBoth && toArchive.Count > 0)
        {
            store.Archive(toArchive);
        }
    }

    private static void Apply(MergeAction action, IReadOnlyList<string> ofA, IReadOnlyList<string> ofB, Action<FileHash, IReadOnlyList<string>> add, Action<FileHash, IReadOnlyList<string>> remove, FileHash a, FileHash b)
    {
        if (action == MergeAction.None)
        {
            return;
        }

        var toA = ofB.Except(ofA, StringComparer.Ordinal).ToList();
        if (toA.Count > 0)
        {
            add(a, toA);
        }

        if (action == MergeAction.Move && ofB.Count > 0)
        {
            remove(b, ofB);
        }

        var toB = ofA.Except(ofB, StringComparer.Ordinal).ToList();
        if (action == MergeAction.TwoWay && toB.Count > 0)
        {
            add(b, toB);
        }
    }

    private void MergeNotes(MergeAction action, FileReport reportA, FileReport reportB)
    {
        if (action == MergeAction.None)
        {
            return;
        }

        foreach (var (name, text) in reportB.Notes.Where(note => !reportA.Notes.ContainsKey(note.Key)))
        {
            store.SetNote(reportA.Hash, name, text);
        }

        if (action == MergeAction.TwoWay)
        {
            foreach (var (name, text) in reportA.Notes.Where(note => !reportB.Notes.ContainsKey(note.Key)))
            {
                store.SetNote(reportB.Hash, name, text);
            }
        }
        else if (action == MergeAction.Move)
        {
            foreach (var name in reportB.Notes.Keys)
            {
                store.RemoveNote(reportB.Hash, name);
            }
        }
    }
}
