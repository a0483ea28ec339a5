using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>
/// HTTPS to one hydrus server service (host and port). hydrus servers use self-signed certificates, so a
/// certificate the system does not trust is accepted only when the connection is to the configured host; every
/// other certificate problem fails. Requests authenticate with the session cookie when there is one, else with
/// the access key (<c>Hydrus-Key</c> header). Session expiry times are read against the given clock.
/// </summary>
public sealed class RepositoryConnection : IDisposable
{
    private readonly HttpClient client;
    private readonly string host;

    public RepositoryConnection(string host, int port, TimeProvider clock, TimeSpan? timeout = null)
    {
        this.host = host;
        Clock = clock;
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = AcceptCertificate },
        };
        client = new HttpClient(handler) { BaseAddress = new Uri($"https://{FormatHost(host)}:{port}/"), Timeout = timeout ?? TimeSpan.FromMinutes(5) };
    }

    public Uri Address => client.BaseAddress!;

    /// <summary>The clock session lifetimes and service start times are read from.</summary>
    public TimeProvider Clock { get; }

    /// <summary>GET a path; the body is a serialisable dictionary.</summary>
    public async Task<IReadOnlyDictionary<string, JsonNode?>> GetAsync(string pathAndQuery, RepositoryCredentials? credentials, CancellationToken cancellationToken)
    {
        var bytes = await GetBytesAsync(pathAndQuery, credentials, cancellationToken).ConfigureAwait(false);
        return SerialisableDictionary.Read(NetworkBytes.Parse(bytes, $"the answer to /{pathAndQuery}"), $"the answer to /{pathAndQuery}");
    }

    /// <summary>GET a path; the raw body (update files).</summary>
    public async Task<byte[]> GetBytesAsync(string pathAndQuery, RepositoryCredentials? credentials, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        using var response = await SendAsync(request, credentials, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POST a serialisable dictionary as hydrus sends it (zlib JSON, Content-Type application/json).</summary>
    public async Task<byte[]> PostAsync(string path, JsonNode body, RepositoryCredentials? credentials, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(NetworkBytes.Compress(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await SendAsync(request, credentials, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GET /session_key with the access key: the session key cookie and when it expires (Unix seconds).</summary>
    public async Task<(byte[] SessionKey, long Expires)> OpenSessionAsync(byte[] accessKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "session_key");
        using var response = await SendAsync(request, new RepositoryCredentials(accessKey, null), cancellationToken).ConfigureAwait(false);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(value => value.StartsWith("session_key=", StringComparison.Ordinal))
            : null;
        return cookie is null
            ? throw new RepositoryException($"{Address} gave no session_key cookie for the access key")
            : SessionCookie.Parse(cookie, Clock.GetUtcNow().ToUnixTimeSeconds());
    }

    public void Dispose() => client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, RepositoryCredentials? credentials, CancellationToken cancellationToken)
    {
        if (credentials?.SessionKey is { } session)
        {
            request.Headers.Add("Cookie", $"session_key={Convert.ToHexStringLower(session)}");
        }
        else if (credentials is not null)
        {
            request.Headers.Add("Hydrus-Key", Convert.ToHexStringLower(credentials.AccessKey));
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new RepositoryException($"cannot reach {Describe(request)}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RepositoryException($"{Describe(request)} did not answer within {client.Timeout.TotalSeconds:0} s", exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var shown = text.Length > 300 ? text[..300] + "…" : text;
            throw new RepositoryException($"{Describe(request)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {shown.Trim()}")
            {
                StatusCode = (int)response.StatusCode,
            };
        }
    }

    private bool AcceptCertificate(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate, System.Security.Cryptography.X509Certificates.X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        var target = (sender as SslStream)?.TargetHostName;
        var toConfiguredHost = string.IsNullOrEmpty(target) || string.Equals(target.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);
        return certificate is not null && toConfiguredHost && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0;
    }

    private string Describe(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute.ToString() : $"{Address}{request.RequestUri}";

    private static string FormatHost(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
