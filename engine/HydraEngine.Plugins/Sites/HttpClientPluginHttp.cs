using HydraEngine.Abstractions;

namespace HydraEngine.Plugins.Sites;

/// <summary>An <see cref="IPluginHttp"/> over an <see cref="HttpClient"/> (the host's configured client, with its handlers).</summary>
public sealed class HttpClientPluginHttp(HttpClient client) : IPluginHttp
{
    /// <summary>Responses larger than this are refused.</summary>
    public const long MaximumBodyBytes = 64 * 1024 * 1024;

    public async Task<PluginHttpResponse> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength > MaximumBodyBytes)
        {
            throw new HttpRequestException($"{url} answered with {response.Content.Headers.ContentLength} bytes; at most {MaximumBodyBytes} are read.");
        }

        var body = await ReadLimitedAsync(response.Content, url, cancellationToken).ConfigureAwait(false);
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            all[name] = string.Join(", ", values);
        }

        return new PluginHttpResponse((int)response.StatusCode, all, body);
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, string url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > MaximumBodyBytes)
            {
                throw new HttpRequestException($"{url} sent more than {MaximumBodyBytes} bytes; the rest was not read.");
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }
}
