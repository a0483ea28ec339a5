using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>Search results as hash ids, turned into hashes on first access, a page at a time.</summary>
internal sealed class LazyHashList : IReadOnlyList<FileHash>
{
    private const int PageSize = 256;

    private readonly StoreDatabase database;
    private readonly IReadOnlyList<long> hashIds;
    private readonly FileHash?[] hashes;

    public LazyHashList(StoreDatabase database, IReadOnlyList<long> hashIds)
    {
        this.database = database;
        this.hashIds = hashIds;
        hashes = new FileHash?[hashIds.Count];
    }

    public int Count => hashIds.Count;

    public FileHash this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (hashes[index] is not { } hash)
            {
                LoadPage(index / PageSize * PageSize);
                hash = hashes[index]!.Value;
            }

            return hash;
        }
    }

    public IEnumerator<FileHash> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private void LoadPage(int start)
    {
        using var lookup = new RawStatement(database.Connection, "SELECT hash FROM hashes WHERE hash_id = ?1");
        for (var index = start; index < Math.Min(Count, start + PageSize); index++)
        {
            var bytes = lookup.Bind(1, hashIds[index]).ScalarBlob()
                ?? throw new StoreException($"hash id {hashIds[index]} is missing from the hashes table; run 'hydra db check'");
            hashes[index] = FileHash.FromBytes(bytes);
        }
    }
}
