using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HydraEngine.ClientApi.Access;

/// <summary>
/// Session keys (hydrus's <c>/session_key</c>): random keys standing for an access key, kept in memory only, so they
/// die when the server stops, after 24 h without use, or when their access key is revoked. One set per API instance.
/// </summary>
internal sealed class SessionKeys(TimeProvider clock)
{
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Session> sessions = new(StringComparer.Ordinal);

    public string Create(byte[] accessKeyHash)
    {
        var session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        sessions[session] = new Session(accessKeyHash, clock.GetUtcNow());
        return session;
    }

    /// <summary>The SHA-256 of the access key a live session stands for, refreshing its idle time; null when unknown or expired.</summary>
    public byte[]? Resolve(string sessionHex)
    {
        var key = sessionHex.ToLowerInvariant();
        if (!sessions.TryGetValue(key, out var session))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - session.LastUsed > IdleLifetime)
        {
            sessions.TryRemove(key, out _);
            return null;
        }

        sessions[key] = session with { LastUsed = now };
        return session.AccessKeyHash;
    }

    private sealed record Session(byte[] AccessKeyHash, DateTimeOffset LastUsed);
}
