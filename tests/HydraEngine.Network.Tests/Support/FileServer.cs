using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Support;

/// <summary>Serves one file's bytes, optionally honouring Range and optionally cutting the first answers short.</summary>
public sealed class FileServer(byte[] content, string watchedFolder)
{
    private int answered;

    /// <summary>Answer 206 to "Range: bytes=N-".</summary>
    public bool SupportsRange { get; init; }

    /// <summary>How many answers are cut short (after <see cref="CutAfter"/> bytes, once the engine has them on disk).</summary>
    public int TruncatedAnswers { get; init; }

    public int CutAfter { get; init; }

    public bool WaitForEngine { get; init; } = true;

    /// <summary>Content-Length to declare instead of the true length.</summary>
    public long? DeclaredLength { get; init; }

    public async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref answered);
        var start = 0;
        if (SupportsRange && RangeHeaderValue.TryParse(context.Request.Headers.Range.ToString(), out var range) && range.Ranges.First().From is { } from)
        {
            start = (int)from;
            context.Response.StatusCode = 206;
            context.Response.Headers.ContentRange = new ContentRangeHeaderValue(start, content.Length - 1, content.Length).ToString();
        }

        context.Response.ContentType = "image/png";
        context.Response.ContentLength = DeclaredLength ?? content.Length - start;
        if (number > TruncatedAnswers)
        {
            await context.Response.Body.WriteAsync(content.AsMemory(start));
            return;
        }

        var end = Math.Min(content.Length, start + CutAfter);
        await context.Response.Body.WriteAsync(content.AsMemory(start, end - start));
        await context.Response.Body.FlushAsync();
        if (WaitForEngine)
        {
            await PartFiles.WaitForLengthAsync(watchedFolder, end - start);
            context.Abort();
        }
    }
}

/// <summary>Looks at the engine's part files from the outside.</summary>
public static class PartFiles
{
    /// <summary>Waits (for at most ten seconds) until some part file in <paramref name="folder"/> holds at least <paramref name="length"/> bytes.</summary>
    public static async Task WaitForLengthAsync(string folder, long length)
    {
        for (var tries = 0; tries < 2000; tries++)
        {
            if (Directory.EnumerateFiles(folder, "*.part").Any(path => new FileInfo(path).Length >= length))
            {
                return;
            }

            await Task.Delay(5);
        }
    }
}
