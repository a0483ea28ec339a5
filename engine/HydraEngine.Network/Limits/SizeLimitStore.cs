using Dapper;
using HydraEngine.Network.State;

namespace HydraEngine.Network.Limits;

/// <summary>Keeps per-domain size limits in <c>net_size_limits</c>.</summary>
internal sealed class SizeLimitStore(StateDatabase database)
{
    public List<DomainSizeLimit> LoadAll() => database.Read(connection =>
        connection.Query<(string Domain, long? Page, long? File)>("SELECT domain, max_page_bytes, max_file_bytes FROM net_size_limits ORDER BY domain")
            .Select(row => new DomainSizeLimit(row.Domain, row.Page, row.File))
            .ToList());

    public void Save(DomainSizeLimit limit) => database.Write((connection, transaction) => connection.Execute(
        """
        INSERT INTO net_size_limits (domain, max_page_bytes, max_file_bytes) VALUES (@Domain, @MaxPageBytes, @MaxFileBytes)
        ON CONFLICT (domain) DO UPDATE SET max_page_bytes = excluded.max_page_bytes, max_file_bytes = excluded.max_file_bytes
        """,
        limit,
        transaction));

    public void Remove(string domain) => database.Write((connection, transaction) =>
        connection.Execute("DELETE FROM net_size_limits WHERE domain = @domain", new { domain }, transaction));
}
