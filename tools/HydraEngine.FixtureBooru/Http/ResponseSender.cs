using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Logging;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>
/// Writes one response and its log entry, applying a body fault: <see cref="FaultKind.TruncateBody"/> sends half
/// the announced bytes then ends the response, and Kestrel closes the connection; <see cref="FaultKind.SlowBody"/> throttles in tenth-of-a-second slices of real
/// time. The entry is logged before the body goes out and corrected if the client goes away mid-body.
/// </summary>
internal sealed class ResponseSender(HttpContext context, FixtureRequestLog log, FixtureRequest entry)
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(100);

    /// <summary>Aborts the connection without a response.</summary>
    public void Drop()
    {
        log.Add(entry with { Status = 0, Fault = FaultKind.DropConnection });
        context.Abort();
    }

    public async Task SendAsync(FixtureResponse response, FaultKind? fault, FaultRule? rule)
    {
        var http = context.Response;
        http.StatusCode = response.Status;
        http.ContentType = response.ContentType;
        http.ContentLength = response.Body.Length;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers.Append(name, value);
        }

        var isHead = HttpMethods.IsHead(context.Request.Method);
        var body = isHead ? ReadOnlyMemory<byte>.Empty : response.Body;
        var planned = fault == FaultKind.TruncateBody ? body.Length / 2 : body.Length;
        var logged = entry with { Status = response.Status, BytesSent = planned, Fault = fault };
        var index = log.Add(logged);
        long sent = 0;
        try
        {
            switch (fault)
            {
                case FaultKind.TruncateBody:
                    await http.Body.WriteAsync(body[..planned], context.RequestAborted);
                    sent = planned;
                    await http.Body.FlushAsync(context.RequestAborted);
                    break; // Kestrel closes the connection after a short body (FIN, not RST, so the half arrives)
                case FaultKind.SlowBody:
                    var chunk = Math.Max(1, rule!.BytesPerSecond / 10);
                    for (var offset = 0; offset < body.Length; offset += chunk)
                    {
                        var piece = body.Slice(offset, Math.Min(chunk, body.Length - offset));
                        await http.Body.WriteAsync(piece, context.RequestAborted);
                        await http.Body.FlushAsync(context.RequestAborted);
                        sent += piece.Length;
                        await Task.Delay(Slice, TimeProvider.System, context.RequestAborted);
                    }

                    break;
                default:
                    await http.Body.WriteAsync(body, context.RequestAborted);
                    sent = body.Length;
                    break;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            log.Replace(index, logged, logged with { BytesSent = sent });
        }
    }
}
