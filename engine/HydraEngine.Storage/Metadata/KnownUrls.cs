using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Metadata;

/// <summary>Known URLs per hash (<c>urls</c>, <c>url_map</c>).</summary>
internal sealed class KnownUrls
{
    private readonly StoreDatabase database;

    public KnownUrls(StoreDatabase database)
    {
        this.database = database;
    }

    /// <summary>Checks a URL and returns it trimmed with its domain; throws a clear error otherwise.</summary>
    public static (string Url, string Domain) Validate(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new StoreException($"'{url}' is not an absolute URL (expected something like https://example.com/post/123)");
        }

        return (trimmed, parsed.Host.ToLowerInvariant());
    }

    public void Add(long hashId, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            var (text, domain) = Validate(url);
            var urlId = database.ExecuteScalar<long?>("SELECT url_id FROM urls WHERE url = @text", new { text })
                ?? database.ExecuteScalar<long>("INSERT INTO urls (domain, url) VALUES (@domain, @text) RETURNING url_id", new { domain, text });
            database.Execute("INSERT OR IGNORE INTO url_map (hash_id, url_id) VALUES (@hashId, @urlId)", new { hashId, urlId });
        }
    }

    public int Remove(long hashId, IEnumerable<string> urls) =>
        urls.Sum(url => database.Execute(
            "DELETE FROM url_map WHERE hash_id = @hashId AND url_id = (SELECT url_id FROM urls WHERE url = @url)",
            new { hashId, url = url.Trim() }));

    public IReadOnlyList<string> Of(long hashId) =>
        database.Query<string>("SELECT u.url FROM url_map m JOIN urls u ON u.url_id = m.url_id WHERE m.hash_id = @hashId ORDER BY u.url", new { hashId }).ToList();

    public IReadOnlyList<long> HashIdsOf(string url) =>
        database.Query<long>("SELECT m.hash_id FROM urls u JOIN url_map m ON m.url_id = u.url_id WHERE u.url = @url", new { url = url.Trim() }).ToList();
}
