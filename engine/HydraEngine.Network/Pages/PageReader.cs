using HydraEngine.Network.Retries;
using HydraEngine.Network.Transport;

namespace HydraEngine.Network.Pages;

/// <summary>
/// Reads a page whole into memory, up to the page size cap; a body short of Content-Length is retried from the start.
/// <paramref name="anyStatus"/>: an answer of any status is read (to inspect it) instead of failing or being retried.
/// </summary>
internal sealed class PageReader(BodyPump pump, long cap, bool anyStatus = false) : IAnswerReader<FetchedPage>
{
    public IEnumerable<KeyValuePair<string, string>> AttemptHeaders() => [];

    public bool ReadsStatus(int statusCode) => anyStatus;

    public async Task<FetchedPage> ReadAsync(HttpAnswer answer, AttemptTimer timer, CancellationToken cancellationToken)
    {
        var declared = answer.Response.Content.Headers.ContentLength;
        if (declared > cap)
        {
            throw new NetworkException(
                NetworkFailure.TooLarge, answer.RequestedUrl, (int)answer.Response.StatusCode,
                $"page {answer.RequestedUrl} is {declared} bytes, more than the cap of {cap} bytes (`hydra limits set` changes it)");
        }

        using var body = new MemoryStream(declared is { } length ? (int)length : 16 * 1024);
        var moved = await pump.CopyAsync(
            answer, (chunk, _) => { body.Write(chunk.Span); return ValueTask.CompletedTask; }, 0, cap, "page", timer, null, cancellationToken)
            .ConfigureAwait(false);
        if (declared is { } expected && moved < expected)
        {
            throw new RetryableFailure(RetryableKind.Truncated, $"the body ended after {moved} of {expected} bytes");
        }

        var contentType = answer.Response.Content.Headers.ContentType;
        return new FetchedPage(
            answer.RequestedUrl, answer.FinalUrl, (int)answer.Response.StatusCode, contentType?.MediaType, contentType?.CharSet?.Trim('"', '\''), body.ToArray())
        {
            Headers = answer.Response.Headers.Concat(answer.Response.Content.Headers).Select(header => KeyValuePair.Create(header.Key, string.Join(", ", header.Value))).ToList(),
            Redirects = answer.Redirects,
        };
    }
}
