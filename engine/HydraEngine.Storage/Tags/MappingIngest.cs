using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Bulk tag ingest into one tag service, for downloaders and imports of many mappings: each distinct tag text
/// is cleaned once, hashes and tags get integer ids from in-memory caches, and mappings are buffered and
/// written sorted, in large transactions, through prepared statements. Call <see cref="Complete"/> to write
/// what is still buffered; disposing without it drops only the unwritten buffer.
/// </summary>
public sealed class MappingIngest : IDisposable
{
    private const int DefaultBatchSize = 1_000_000;

    private readonly StoreComponents parts;
    private readonly int serviceId;
    private readonly int batchSize;
    private readonly Dictionary<string, long> tagIdsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<FileHash, long> hashIds = [];
    private readonly List<(long TagId, long HashId)> pending = [];
    private readonly RawStatement findHash;
    private readonly RawStatement insertHash;

    internal MappingIngest(StoreComponents parts, int serviceId, int batchSize = DefaultBatchSize)
    {
        this.parts = parts;
        this.serviceId = serviceId;
        this.batchSize = batchSize;
        findHash = new RawStatement(parts.Database.Connection, "SELECT hash_id FROM hashes WHERE hash = ?1");
        insertHash = new RawStatement(parts.Database.Connection, "INSERT INTO hashes (hash) VALUES (?1) RETURNING hash_id");
    }

    /// <summary>Mappings that were new (duplicates of existing ones are not counted).</summary>
    public long Added { get; private set; }

    /// <summary>Mappings handed to <see cref="Add(FileHash, string)"/> so far.</summary>
    public long Submitted { get; private set; }

    /// <summary>Queues one mapping; the tag is cleaned (a tag that cleans to nothing is an error).</summary>
    public void Add(FileHash hash, string tag)
    {
        pending.Add((TagIdOf(tag), HashIdOf(hash)));
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
        findHash.Dispose();
        insertHash.Dispose();
    }

    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }

        pending.Sort();
        Added += MappingBatchWriter.Write(parts.Database, serviceId, pending);
        pending.Clear();
    }

    private long TagIdOf(string text)
    {
        if (!tagIdsByText.TryGetValue(text, out var id))
        {
            using var transaction = parts.Database.BeginWrite();
            id = parts.TagIds.GetOrCreate(TagText.Clean(text));
            transaction.Complete();
            tagIdsByText[text] = id;
        }

        return id;
    }

    private long HashIdOf(FileHash hash)
    {
        if (hashIds.TryGetValue(hash, out var id))
        {
            return id;
        }

        Span<byte> bytes = stackalloc byte[FileHash.Length];
        hash.WriteTo(bytes);
        id = findHash.Bind(1, bytes).ScalarInt64() ?? insertHash.Bind(1, bytes).ScalarInt64()!.Value;
        hashIds[hash] = id;
        return id;
    }
}
