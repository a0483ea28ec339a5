using HydraEngine.Network.State;

namespace HydraEngine.Network.Headers;

/// <summary>Keeps run-time headers in <c>net_headers</c> (domain "" for global ones).</summary>
internal sealed class HeaderStore(StateDatabase database)
{
    public List<(string Domain, NetworkHeader Header)> LoadAll() => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT domain, name, value, approved, reason FROM net_headers";
        using var reader = command.ExecuteReader();
        var headers = new List<(string, NetworkHeader)>();
        while (reader.Read())
        {
            headers.Add((reader.GetString(0), new NetworkHeader(reader.GetString(1), reader.GetString(2), reader.GetInt64(3) != 0, reader.GetString(4))));
        }

        return headers;
    });

    public void Save(string domain, IReadOnlyCollection<NetworkHeader> headers) => database.Write((connection, transaction) =>
    {
        foreach (var header in headers)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = header.Value.Length == 0
                ? "DELETE FROM net_headers WHERE domain = $domain AND name = $name COLLATE NOCASE"
                : "INSERT OR REPLACE INTO net_headers (domain, name, value, approved, reason) VALUES ($domain, $name, $value, $approved, $reason)";
            command.Parameters.AddWithValue("$domain", domain);
            command.Parameters.AddWithValue("$name", header.Name);
            command.Parameters.AddWithValue("$value", header.Value);
            command.Parameters.AddWithValue("$approved", header.Approved ? 1 : 0);
            command.Parameters.AddWithValue("$reason", header.Reason);
            command.ExecuteNonQuery();
        }
    });
}
