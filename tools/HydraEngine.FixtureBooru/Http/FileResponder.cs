using System.Globalization;
using System.Text.RegularExpressions;
using HydraEngine.FixtureBooru.Content;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>
/// Serves <c>/files/&lt;sha256&gt;.&lt;ext&gt;</c>: 200 with the whole file, or 206 for <c>Range: bytes=N-</c> and
/// <c>bytes=N-M</c>; 416 for a range that starts past the end; other range forms are ignored (200).
/// </summary>
internal static partial class FileResponder
{
    public static FixtureResponse Respond(FixtureSite site, string fileName, string? range)
    {
        var dot = fileName.LastIndexOf('.');
        var file = dot < 0 ? null : site.FindFile(fileName[..dot]);
        if (file is null || !string.Equals(file.Extension, fileName[(dot + 1)..], StringComparison.OrdinalIgnoreCase))
        {
            return FixtureResponse.NotFound();
        }

        var whole = new FixtureResponse(200, file.ContentType, file.Bytes).WithHeader("Accept-Ranges", "bytes");
        var match = range is null ? null : RangePattern().Match(range);
        if (match is null || !match.Success)
        {
            return whole;
        }

        var start = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = match.Groups[2].Success ? Math.Min(long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), file.Length - 1) : file.Length - 1;
        if (start >= file.Length || end < start)
        {
            return FixtureResponse.Text(416, "range not satisfiable").WithHeader("Content-Range", $"bytes */{file.Length}");
        }

        return new FixtureResponse(206, file.ContentType, file.Bytes.Slice((int)start, (int)(end - start + 1)))
            .WithHeader("Accept-Ranges", "bytes")
            .WithHeader("Content-Range", $"bytes {start}-{end}/{file.Length}");
    }

    [GeneratedRegex(@"^\s*bytes=(\d{1,12})-(\d{1,12})?\s*$")]
    private static partial Regex RangePattern();
}
