using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Finds or creates hash and tag ids with prepared statements, for bulk ingest. Call inside a write
/// transaction; the ids are only valid once it commits.
/// </summary>
internal sealed class BulkIdResolver : IDisposable
{
    private readonly RawStatement findHash;
    private readonly RawStatement insertHash;
    private readonly RawStatement findNamespace;
    private readonly RawStatement insertNamespace;
    private readonly RawStatement findSubtag;
    private readonly RawStatement insertSubtag;
    private readonly RawStatement findTag;
    private readonly RawStatement insertTag;

    public BulkIdResolver(StoreDatabase database)
    {
        var connection = database.Connection;
        findHash = new RawStatement(connection, "SELECT hash_id FROM hashes WHERE hash = ?1");
        insertHash = new RawStatement(connection, "INSERT INTO hashes (hash) VALUES (?1) RETURNING hash_id");
        findNamespace = new RawStatement(connection, "SELECT namespace_id FROM namespaces WHERE namespace = ?1");
        insertNamespace = new RawStatement(connection, "INSERT INTO namespaces (namespace) VALUES (?1) RETURNING namespace_id");
        findSubtag = new RawStatement(connection, "SELECT subtag_id FROM subtags WHERE subtag = ?1");
        insertSubtag = new RawStatement(connection, "INSERT INTO subtags (subtag) VALUES (?1) RETURNING subtag_id");
        findTag = new RawStatement(connection, "SELECT tag_id FROM tags WHERE namespace_id = ?1 AND subtag_id = ?2");
        insertTag = new RawStatement(connection, "INSERT INTO tags (namespace_id, subtag_id) VALUES (?1, ?2) RETURNING tag_id");
    }

    public long HashId(FileHash hash)
    {
        Span<byte> bytes = stackalloc byte[FileHash.Length];
        hash.WriteTo(bytes);
        return findHash.Bind(1, bytes).ScalarInt64() ?? insertHash.Bind(1, bytes).ScalarInt64()!.Value;
    }

    /// <summary>The id of an already clean tag.</summary>
    public long TagId(string cleanTag)
    {
        var (ns, subtag) = TagText.Split(cleanTag);
        var namespaceId = findNamespace.Bind(1, ns).ScalarInt64() ?? insertNamespace.Bind(1, ns).ScalarInt64()!.Value;
        var subtagId = findSubtag.Bind(1, subtag).ScalarInt64() ?? insertSubtag.Bind(1, subtag).ScalarInt64()!.Value;
        return findTag.Bind(1, namespaceId).Bind(2, subtagId).ScalarInt64() ?? insertTag.Bind(1, namespaceId).Bind(2, subtagId).ScalarInt64()!.Value;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { findHash, insertHash, findNamespace, insertNamespace, findSubtag, insertSubtag, findTag, insertTag })
        {
            statement.Dispose();
        }
    }
}
