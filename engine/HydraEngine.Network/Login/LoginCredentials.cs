using HydraEngine.Network.State;

namespace HydraEngine.Network.Login;

/// <summary>
/// The credentials a user gave for a domain's login script (hydrus keeps them with its network state): kept in the
/// <c>net_login_credentials</c> table of the state database, never logged or printed; without a state database, in memory.
/// </summary>
public sealed class LoginCredentials
{
    private readonly StateDatabase? database;
    private readonly Dictionary<string, (string Script, Dictionary<string, string> Values)> memory = new(StringComparer.OrdinalIgnoreCase);

    internal LoginCredentials(StateDatabase? database) => this.database = database;

    /// <summary>Replaces what is kept for <paramref name="domain"/> with <paramref name="credentials"/> for the login script <paramref name="script"/>.</summary>
    public void Save(string domain, string script, IReadOnlyDictionary<string, string> credentials)
    {
        if (database is null)
        {
            lock (memory)
            {
                memory[domain] = (script, new Dictionary<string, string>(credentials, StringComparer.Ordinal));
            }

            return;
        }

        database.Write((connection, transaction) =>
        {
            using var clear = connection.CreateCommand();
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM net_login_credentials WHERE domain = $domain";
            clear.Parameters.AddWithValue("$domain", domain.ToLowerInvariant());
            clear.ExecuteNonQuery();
            foreach (var (name, value) in credentials)
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO net_login_credentials (domain, script, name, value) VALUES ($domain, $script, $name, $value)";
                insert.Parameters.AddWithValue("$domain", domain.ToLowerInvariant());
                insert.Parameters.AddWithValue("$script", script);
                insert.Parameters.AddWithValue("$name", name);
                insert.Parameters.AddWithValue("$value", value);
                insert.ExecuteNonQuery();
            }
        });
    }

    /// <summary>The login script name and credentials kept for <paramref name="domain"/>, or null.</summary>
    public (string Script, IReadOnlyDictionary<string, string> Values)? For(string domain)
    {
        if (database is null)
        {
            lock (memory)
            {
                return memory.TryGetValue(domain, out var kept) ? (kept.Script, kept.Values) : null;
            }
        }

        return database.Read<(string, IReadOnlyDictionary<string, string>)?>(connection =>
        {
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT script, name, value FROM net_login_credentials WHERE domain = $domain";
            query.Parameters.AddWithValue("$domain", domain.ToLowerInvariant());
            using var reader = query.ExecuteReader();
            string? script = null;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                script = reader.GetString(0);
                values[reader.GetString(1)] = reader.GetString(2);
            }

            return script is null ? null : (script, values);
        });
    }
}
