using System.Text.Json.Nodes;
using HydraEngine.Storage.Files;

namespace HydraEngine.Repositories.Protocol;

/// <summary>
/// The calls a client makes to a repository: session, metadata, update files, account and uploads. A session
/// that expired (hydrus answers 419) or is missing is opened again with the access key, and
/// <see cref="SessionChanged"/> reports the new one so it can be kept.
/// </summary>
public sealed class RepositoryClient(RepositoryConnection connection, byte[] accessKey, byte[]? sessionKey = null)
{
    private RepositoryCredentials credentials = new(accessKey, sessionKey);

    public event Action<byte[], long>? SessionChanged;

    /// <summary>The connection's clock.</summary>
    public TimeProvider Clock => connection.Clock;

    /// <summary>Turns a registration key (token) into an access key: <c>GET /access_key</c>.</summary>
    public static async Task<byte[]> AccessKeyFromRegistrationAsync(RepositoryConnection connection, byte[] registrationKey, CancellationToken cancellationToken)
    {
        var answer = await connection.GetAsync($"access_key?registration_key={Convert.ToHexStringLower(registrationKey)}", null, cancellationToken).ConfigureAwait(false);
        return Hex.Decode(answer.Require("access_key", "the access key answer").ToString(), "the access key");
    }

    public async Task<RepositoryMetadata> MetadataAsync(long since, CancellationToken cancellationToken)
    {
        var answer = await WithSessionAsync(c => connection.GetAsync($"metadata?since={since}", c, cancellationToken)).ConfigureAwait(false);
        return RepositoryMetadata.Parse(answer.Require("metadata_slice", "the metadata answer"));
    }

    public Task<byte[]> UpdateFileAsync(FileHash hash, CancellationToken cancellationToken) =>
        WithSessionAsync(c => connection.GetBytesAsync($"update?update_hash={hash.ToHex()}", c, cancellationToken));

    public async Task<RepositoryAccount> AccountAsync(CancellationToken cancellationToken)
    {
        var answer = await WithSessionAsync(c => connection.GetAsync("account", c, cancellationToken)).ConfigureAwait(false);
        return RepositoryAccount.Parse(answer.Require("account", "the account answer"));
    }

    /// <summary><c>POST /update</c> with a client-to-server update tuple.</summary>
    public Task CommitAsync(JsonNode clientToServerUpdate, CancellationToken cancellationToken) =>
        WithSessionAsync(c => connection.PostAsync("update", SerialisableDictionary.Build(("client_to_server_update", SerialisableDictionary.Serialisable, clientToServerUpdate)), c, cancellationToken));

    /// <summary>Any other call on this service (administration), with the session handling above.</summary>
    public Task<T> CallAsync<T>(Func<RepositoryConnection, RepositoryCredentials, Task<T>> call) => WithSessionAsync(c => call(connection, c));

    private async Task<T> WithSessionAsync<T>(Func<RepositoryCredentials, Task<T>> call)
    {
        if (credentials.SessionKey is null)
        {
            await RenewAsync().ConfigureAwait(false);
        }

        try
        {
            return await call(credentials).ConfigureAwait(false);
        }
        catch (RepositoryException exception) when (exception.StatusCode is 419 or 401)
        {
            await RenewAsync().ConfigureAwait(false);
            return await call(credentials).ConfigureAwait(false);
        }
    }

    private async Task RenewAsync()
    {
        var (key, expires) = await connection.OpenSessionAsync(credentials.AccessKey, CancellationToken.None).ConfigureAwait(false);
        credentials = credentials with { SessionKey = key };
        SessionChanged?.Invoke(key, expires);
    }
}
