using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// A file as one JSON object (used by <c>search --json</c> and <c>file --json</c>): sha256, mime, size, width,
/// height, duration_ms, num_frames, status, inbox, import_time, tags (display tags of every service, human
/// sorted), tags_by_service (storage and display), urls, notes. Other tools read this: keep the names.
/// </summary>
internal static class FileJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The object as one line of JSON, non-ASCII text left readable.</summary>
    public static string Line(FileReport report) => Build(report).ToJsonString(Options);

    public static JsonObject Build(FileReport report)
    {
        var tagsByService = new JsonObject();
        foreach (var service in report.Tags)
        {
            tagsByService[service.Service] = new JsonObject
            {
                ["storage"] = Array(service.StorageTags),
                ["display"] = Array(service.DisplayTags),
            };
        }

        var notes = new JsonObject();
        foreach (var (name, text) in report.Notes)
        {
            notes[name] = text;
        }

        return new JsonObject
        {
            ["sha256"] = report.Hash.ToHex(),
            ["mime"] = report.Metadata?.MimeString,
            ["size"] = report.Metadata?.Size,
            ["width"] = report.Metadata?.Media.Width,
            ["height"] = report.Metadata?.Media.Height,
            ["duration_ms"] = report.Metadata?.Media.DurationMs,
            ["num_frames"] = report.Metadata?.Media.NumFrames,
            ["status"] = FileText.Status(report.Status),
            ["inbox"] = report.Inbox,
            ["import_time"] = report.ImportTime?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["path"] = report.Path,
            ["tags"] = Array(report.AllDisplayTags),
            ["tags_by_service"] = tagsByService,
            ["urls"] = Array(report.Urls),
            ["notes"] = notes,
        };
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode?)value)]);
}
