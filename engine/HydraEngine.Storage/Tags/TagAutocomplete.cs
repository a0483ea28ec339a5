using System.Text;
using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>Tag lookup by the start of the subtag (or of namespace and subtag), counted from <c>mappings_counts</c>.</summary>
internal sealed class TagAutocomplete(StoreDatabase database)
{
    public IReadOnlyList<TagCount> Find(string search, int? serviceId, int limit)
    {
        var text = search.Trim().ToLowerInvariant();
        if (text.Length == 0 || text.Trim('*').Length == 0)
        {
            return [];
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var ns = colon > 0 ? text[..colon] : null;
        var subtag = colon > 0 ? text[(colon + 1)..] : text;
        var sql = $"""
            SELECT n.namespace AS Namespace, s.subtag AS Subtag, SUM(c.current_count) AS Count
            FROM subtags s
            JOIN tags t ON t.subtag_id = s.subtag_id
            JOIN namespaces n ON n.namespace_id = t.namespace_id
            JOIN mappings_counts c ON c.tag_id = t.tag_id
            WHERE s.subtag LIKE @pattern ESCAPE '\'
            {(ns is null ? "" : "AND n.namespace LIKE @nsPattern ESCAPE '\\'")}
            {(serviceId is null ? "" : "AND c.service_id = @serviceId")}
            AND c.current_count > 0
            GROUP BY t.tag_id
            ORDER BY Count DESC, s.subtag
            LIMIT @limit
            """;
        var rows = database.Query<(string Namespace, string Subtag, long Count)>(
            sql,
            new { pattern = Like(subtag) + "%", nsPattern = ns is null ? null : Like(ns), serviceId, limit });
        return rows.Select(row => new TagCount(row.Namespace.Length == 0 ? row.Subtag : $"{row.Namespace}:{row.Subtag}", row.Count)).ToList();
    }

    /// <summary>A LIKE pattern of hydrus wildcard text: <c>*</c> is any run, LIKE's own characters are escaped.</summary>
    private static string Like(string text)
    {
        var pattern = new StringBuilder(text.Length + 4);
        foreach (var character in text)
        {
            pattern.Append(character switch
            {
                '*' => "%",
                '%' or '_' or '\\' => "\\" + character,
                _ => character.ToString(),
            });
        }

        return pattern.ToString();
    }
}
