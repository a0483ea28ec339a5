using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Integer ids for clean tags (<c>namespaces</c>, <c>subtags</c>, <c>tags</c>), cached in memory. Ids are
/// never deleted, so the cache stays valid even when other processes add tags.
/// </summary>
internal sealed class TagIds
{
    private readonly StoreDatabase database;
    private readonly Dictionary<string, long> idsByTag = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> tagsById = [];

    public TagIds(StoreDatabase database)
    {
        this.database = database;
        database.RolledBack += Forget;
    }

    /// <summary>The id of an already clean tag, or null when the store has never seen it.</summary>
    public long? Find(string cleanTag)
    {
        if (idsByTag.TryGetValue(cleanTag, out var cached))
        {
            return cached;
        }

        var (ns, subtag) = TagText.Split(cleanTag);
        var id = database.ExecuteScalar<long?>(
            """
            SELECT t.tag_id FROM tags t
            JOIN namespaces n ON n.namespace_id = t.namespace_id
            JOIN subtags s ON s.subtag_id = t.subtag_id
            WHERE n.namespace = @ns AND s.subtag = @subtag
            """,
            new { ns, subtag });
        if (id is not null)
        {
            Remember(id.Value, cleanTag);
        }

        return id;
    }

    /// <summary>The id of a clean tag, creating it; call inside a write transaction.</summary>
    public long GetOrCreate(string cleanTag)
    {
        if (Find(cleanTag) is { } existing)
        {
            return existing;
        }

        var (ns, subtag) = TagText.Split(cleanTag);
        var namespaceId = database.ExecuteScalar<long?>("SELECT namespace_id FROM namespaces WHERE namespace = @ns", new { ns })
            ?? database.ExecuteScalar<long>("INSERT INTO namespaces (namespace) VALUES (@ns) RETURNING namespace_id", new { ns });
        var subtagId = database.ExecuteScalar<long?>("SELECT subtag_id FROM subtags WHERE subtag = @subtag", new { subtag })
            ?? database.ExecuteScalar<long>("INSERT INTO subtags (subtag) VALUES (@subtag) RETURNING subtag_id", new { subtag });
        var tagId = database.ExecuteScalar<long>(
            "INSERT INTO tags (namespace_id, subtag_id) VALUES (@namespaceId, @subtagId) RETURNING tag_id",
            new { namespaceId, subtagId });
        Remember(tagId, cleanTag);
        return tagId;
    }

    public string TextOf(long tagId) => TextsOf([tagId])[tagId];

    public Dictionary<long, string> TextsOf(IEnumerable<long> tagIds)
    {
        var result = new Dictionary<long, string>();
        var missing = new List<long>();
        foreach (var id in tagIds.Distinct())
        {
            if (tagsById.TryGetValue(id, out var text))
            {
                result[id] = text;
            }
            else
            {
                missing.Add(id);
            }
        }

        foreach (var chunk in missing.Chunk(500))
        {
            foreach (var row in database.Query<(long Id, string Namespace, string Subtag)>(
                         """
                         SELECT t.tag_id, n.namespace, s.subtag FROM tags t
                         JOIN namespaces n ON n.namespace_id = t.namespace_id
                         JOIN subtags s ON s.subtag_id = t.subtag_id
                         WHERE t.tag_id IN @chunk
                         """,
                         new { chunk }))
            {
                var text = TagText.Combine(row.Namespace, row.Subtag);
                Remember(row.Id, text);
                result[row.Id] = text;
            }
        }

        return result;
    }

    /// <summary>Every tag id in a namespace (<c>namespace:*</c>).</summary>
    public IReadOnlyList<long> InNamespace(string ns) =>
        database.Query<long>(
            "SELECT t.tag_id FROM tags t JOIN namespaces n ON n.namespace_id = t.namespace_id WHERE n.namespace = @ns",
            new { ns }).ToList();

    /// <summary>
    /// Tag ids matching a wildcard (<c>*</c> any run of characters) on the namespace and subtag; a null namespace
    /// pattern means any namespace (including none).
    /// </summary>
    public IReadOnlyList<long> Matching(string? namespacePattern, string subtagPattern)
    {
        var nsCondition = namespacePattern is null ? "1" : "n.namespace GLOB @nsGlob";
        return database.Query<long>(
            $"""
            SELECT t.tag_id FROM tags t
            JOIN namespaces n ON n.namespace_id = t.namespace_id
            JOIN subtags s ON s.subtag_id = t.subtag_id
            WHERE {nsCondition} AND s.subtag GLOB @subtagGlob
            """,
            new { nsGlob = ToGlob(namespacePattern ?? ""), subtagGlob = ToGlob(subtagPattern) }).ToList();
    }

    /// <summary>Our wildcard (only <c>*</c> is special) as a SQLite GLOB pattern.</summary>
    internal static string ToGlob(string wildcard)
    {
        var builder = new System.Text.StringBuilder(wildcard.Length + 4);
        foreach (var character in wildcard)
        {
            builder.Append(character switch
            {
                '*' => "*",
                '?' => "[?]",
                '[' => "[[]",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    private void Forget()
    {
        idsByTag.Clear();
        tagsById.Clear();
    }

    private void Remember(long id, string text)
    {
        idsByTag[text] = id;
        tagsById[id] = text;
    }
}
