using HydraEngine.Network.State;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Network.Cookies;

/// <summary>Keeps cookies in <c>net_cookies</c>, keyed by domain, path and name.</summary>
internal sealed class CookieStore(StateDatabase database)
{
    public List<NetworkCookie> LoadAll() => database.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value, domain, path, expires, secure, http_only FROM net_cookies";
        using var reader = command.ExecuteReader();
        var cookies = new List<NetworkCookie>();
        while (reader.Read())
        {
            cookies.Add(new NetworkCookie(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            {
                Expires = reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)),
                Secure = reader.GetInt64(5) != 0,
                HttpOnly = reader.GetInt64(6) != 0,
            });
        }

        return cookies;
    });

    /// <summary>Writes <paramref name="upserts"/> and deletes <paramref name="removals"/> in one transaction.</summary>
    public void Save(IReadOnlyCollection<NetworkCookie> upserts, IReadOnlyCollection<NetworkCookie> removals)
    {
        if (upserts.Count == 0 && removals.Count == 0)
        {
            return;
        }

        database.Write((connection, transaction) =>
        {
            foreach (var cookie in removals)
            {
                using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM net_cookies WHERE domain = $domain AND path = $path AND name = $name";
                Key(delete, cookie);
                delete.ExecuteNonQuery();
            }

            foreach (var cookie in upserts)
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT OR REPLACE INTO net_cookies (domain, path, name, value, expires, secure, http_only)
                    VALUES ($domain, $path, $name, $value, $expires, $secure, $httpOnly)
                    """;
                Key(insert, cookie);
                insert.Parameters.AddWithValue("$value", cookie.Value);
                insert.Parameters.AddWithValue("$expires", cookie.Expires is { } expires ? expires.ToUnixTimeSeconds() : DBNull.Value);
                insert.Parameters.AddWithValue("$secure", cookie.Secure ? 1 : 0);
                insert.Parameters.AddWithValue("$httpOnly", cookie.HttpOnly ? 1 : 0);
                insert.ExecuteNonQuery();
            }
        });
    }

    private static void Key(SqliteCommand command, NetworkCookie cookie)
    {
        command.Parameters.AddWithValue("$domain", cookie.Domain);
        command.Parameters.AddWithValue("$path", cookie.Path);
        command.Parameters.AddWithValue("$name", cookie.Name);
    }
}
