using HydraEngine.Network.Retries;
using HydraEngine.Network.Transport;

namespace HydraEngine.Network.Files;

/// <summary>
/// Streams a file into its <see cref="PartFile"/>, attempt by attempt: after a cut-short body the next attempt asks
/// for <c>Range: bytes=N-</c> and appends when the server answers 206 from N; a 200 (or a refused range) starts over.
/// Content-Length (or Content-Range's total) must be met exactly; nothing past <c>cap</c> bytes (the domain's file size limit) is written.
/// </summary>
internal sealed class FileReader(PartFile part, BodyPump pump, NetworkOptions options, long cap) : IAnswerReader<DownloadedFile>
{
    public IEnumerable<KeyValuePair<string, string>> AttemptHeaders() =>
        part.Length > 0 ? [new("Range", $"bytes={part.Length}-")] : [];

    public bool ReadsStatus(int statusCode) => statusCode == 416 && part.Length > 0;

    public async Task<DownloadedFile> ReadAsync(HttpAnswer answer, AttemptTimer timer, CancellationToken cancellationToken)
    {
        var response = answer.Response;
        var headers = response.Content.Headers;
        if ((int)response.StatusCode == 416)
        {
            part.Reset();
            throw new RetryableFailure(RetryableKind.Truncated, "the server refused to resume (416); starting over");
        }

        long? total;
        if ((int)response.StatusCode == 206 && headers.ContentRange is { } range)
        {
            if (range.From != part.Length)
            {
                part.Reset();
                throw new RetryableFailure(RetryableKind.Truncated, $"the server resumed from byte {range.From}, not {part.Length}; starting over");
            }

            total = range.Length ?? (headers.ContentLength is { } rest ? part.Length + rest : null);
        }
        else
        {
            part.Reset();
            total = headers.ContentLength;
        }

        if (total > cap)
        {
            throw new NetworkException(
                NetworkFailure.TooLarge, answer.RequestedUrl, (int)response.StatusCode,
                $"file {answer.RequestedUrl} is {total} bytes, more than the cap of {cap} bytes (`hydra limits set` changes it)");
        }

        await pump.CopyAsync(answer, part.WriteAsync, part.Length, cap, "file", timer, options.StallTimeout, cancellationToken)
            .ConfigureAwait(false);
        if (total is { } expected && part.Length != expected)
        {
            var have = part.Length;
            if (have > expected)
            {
                part.Reset();
            }

            throw new RetryableFailure(RetryableKind.Truncated, $"the body ended after {have} of {expected} bytes");
        }

        return new DownloadedFile(answer.RequestedUrl, answer.FinalUrl, part.Path, part.Length, headers.ContentType?.MediaType, []);
    }
}
