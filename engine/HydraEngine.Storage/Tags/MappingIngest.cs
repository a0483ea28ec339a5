using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Bulk tag ingest into one tag service, for downloaders and imports of many mappings: each distinct tag text
/// is cleaned once, hashes and tags get integer ids when a batch is written, and mappings are written sorted,
/// in large transactions, through prepared multi-row statements. Call <see cref="Complete"/> to write what is
/// still buffered; disposing without it drops only the unwritten buffer.
/// </summary>
public sealed class MappingIngest : IDisposable
{
    /// <summary>Mappings buffered before a write (about 16 bytes each): bigger batches touch each page fewer times.</summary>
    public const int DefaultBatchSize = 4_000_000;

    private readonly StoreComponents parts;
    private readonly int serviceId;
    private readonly int batchSize;
    private readonly Dictionary<string, int> tagKeys = new(StringComparer.Ordinal);
    private readonly List<string> cleanTags = [];
    private readonly List<long> tagIds = [];
    private readonly Dictionary<FileHash, int> hashKeys = [];
    private readonly List<FileHash> hashes = [];
    private readonly List<long> hashIds = [];
    private readonly List<(int TagKey, int HashKey)> pending = [];

    internal MappingIngest(StoreComponents parts, int serviceId, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.parts = parts;
        this.serviceId = serviceId;
        this.batchSize = batchSize;
    }

    /// <summary>Mappings that were new (duplicates of existing ones are not counted).</summary>
    public long Added { get; private set; }

    /// <summary>Mappings handed to <see cref="Add(FileHash, string)"/> so far.</summary>
    public long Submitted { get; private set; }

    /// <summary>Queues one mapping; the tag is cleaned (a tag that cleans to nothing is an error, nothing queued).</summary>
    public void Add(FileHash hash, string tag)
    {
        pending.Add((TagKeyOf(tag), HashKeyOf(hash)));
        Submitted++;
        if (pending.Count >= batchSize)
        {
            Flush();
        }
    }

    public void Add(FileHash hash, IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            Add(hash, tag);
        }
    }

    /// <summary>Writes everything still buffered.</summary>
    public void Complete() => Flush();

    public void Dispose()
    {
        pending.Clear();
    }

    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            using var transaction = parts.Database.BeginWrite();
            using (var resolver = new BulkIdResolver(parts.Database))
            {
                Resolve(tagIds, cleanTags, resolver.TagId);
                Resolve(hashIds, hashes, resolver.HashId);
            }

            var mappings = new List<(long TagId, long HashId)>(pending.Count);
            foreach (var (tagKey, hashKey) in pending)
            {
                mappings.Add((tagIds[tagKey], hashIds[hashKey]));
            }

            var added = MappingBatchWriter.Write(parts.Database, serviceId, mappings);
            transaction.Complete();
            Added += added;
            pending.Clear();
        }
        catch
        {
            // Ids resolved inside the failed transaction were rolled back with it.
            Forget(tagIds);
            Forget(hashIds);
            throw;
        }
    }

    private static void Forget(List<long> ids)
    {
        for (var index = 0; index < ids.Count; index++)
        {
            ids[index] = 0;
        }
    }

    private static void Resolve<T>(List<long> ids, List<T> keys, Func<T, long> resolve)
    {
        for (var index = 0; index < keys.Count; index++)
        {
            if (ids[index] == 0)
            {
                ids[index] = resolve(keys[index]);
            }
        }
    }

    private int TagKeyOf(string text)
    {
        if (!tagKeys.TryGetValue(text, out var key))
        {
            var clean = TagText.Clean(text);
            key = cleanTags.Count;
            cleanTags.Add(clean);
            tagIds.Add(0);
            tagKeys[text] = key;
        }

        return key;
    }

    private int HashKeyOf(FileHash hash)
    {
        if (!hashKeys.TryGetValue(hash, out var key))
        {
            key = hashes.Count;
            hashes.Add(hash);
            hashIds.Add(0);
            hashKeys[hash] = key;
        }

        return key;
    }
}
