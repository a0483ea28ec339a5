using Microsoft.Data.Sqlite;

namespace HydraEngine.Network.Cookies;

/// <summary>
/// Firefox's <c>cookies.sqlite</c> (the profile's <c>moz_cookies</c> table): host (a leading '.' covers subdomains),
/// path, secure, HTTP-only, expiry and the cookie itself. Firefox keeps the file open, so it is read from a copy.
/// </summary>
public static class FirefoxCookieFile
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Whether <paramref name="path"/> is a SQLite database (as cookies.sqlite is) rather than a text cookies.txt.</summary>
    public static bool IsSqlite(string path)
    {
        using var file = File.OpenRead(path);
        var header = new byte[SqliteHeader.Length];
        return file.Read(header) == header.Length && header.AsSpan().SequenceEqual(SqliteHeader);
    }

    /// <summary>The cookies in a Firefox cookies.sqlite; a database without <c>moz_cookies</c> is a <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<NetworkCookie> Read(string path)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"hydra-cookies-{Guid.NewGuid():N}.sqlite");
        try
        {
            File.Copy(path, copy);
            if (File.Exists(path + "-wal"))
            {
                File.Copy(path + "-wal", copy + "-wal");
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'moz_cookies'";
            if ((long)check.ExecuteScalar()! == 0)
            {
                throw new FormatException("this SQLite database has no moz_cookies table; give Firefox's cookies.sqlite (in the profile folder) or a Netscape cookies.txt");
            }

            using var query = connection.CreateCommand();
            query.CommandText = "SELECT host, path, isSecure, isHttpOnly, expiry, name, value FROM moz_cookies";
            using var reader = query.ExecuteReader();
            var cookies = new List<NetworkCookie>();
            while (reader.Read())
            {
                var row = new Row(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5), reader.GetString(6));
                if (row.Name.Length > 0 && row.Host.Trim('.').Length > 0)
                {
                    cookies.Add(ToCookie(row));
                }
            }

            return cookies;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
            File.Delete(copy + "-wal");
        }
    }

    private static NetworkCookie ToCookie(Row row)
    {
        // Firefox wrote seconds for years and milliseconds since version 133.
        var seconds = row.Expiry > 100_000_000_000 ? row.Expiry / 1000 : row.Expiry;
        return new NetworkCookie(row.Name, row.Value, row.Host.ToLowerInvariant(), row.Path.Length == 0 ? "/" : row.Path)
        {
            Expires = seconds <= 0 ? null : DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, 253402300799)),
            Secure = row.Secure != 0,
            HttpOnly = row.HttpOnly != 0,
        };
    }

    private sealed record Row(string Host, string Path, long Secure, long HttpOnly, long Expiry, string Name, string Value);
}
