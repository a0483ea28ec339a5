using System.Globalization;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>Human-readable pieces of a file report.</summary>
internal static class FileText
{
    public static string Status(FileStatus status) => status switch
    {
        FileStatus.Current => "current",
        FileStatus.InTrash => "in trash",
        FileStatus.Deleted => "deleted",
        _ => "not in store",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
    };

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void Write(FileReport report, TextWriter output)
    {
        output.WriteLine($"sha256      {report.Hash.ToHex()}");
        output.WriteLine($"status      {Status(report.Status)}{(report.Inbox ? ", inbox" : report.Status == FileStatus.NotInStore ? "" : ", archived")}");
        if (report.Metadata is { } metadata)
        {
            output.WriteLine($"mime        {metadata.MimeString}");
            output.WriteLine($"size        {Size(metadata.Size)} ({metadata.Size.ToString(CultureInfo.InvariantCulture)} bytes)");
            if (metadata.Media.Width is { } width && metadata.Media.Height is { } height)
            {
                output.WriteLine($"resolution  {width}×{height}");
            }

            if (metadata.Media.DurationMs is { } duration)
            {
                output.WriteLine($"duration    {TimeSpan.FromMilliseconds(duration):g}{(metadata.Media.NumFrames is { } frames ? $" ({frames} frames)" : "")}");
            }
        }

        if (report.Path is not null)
        {
            output.WriteLine($"path        {report.Path}");
        }

        foreach (var entry in report.Current)
        {
            output.WriteLine($"in          {entry.Service} since {Time(entry.Time)}");
        }

        foreach (var entry in report.Deleted)
        {
            output.WriteLine($"deleted     from {entry.Service} at {Time(entry.Time)}{(entry.Reason is null ? "" : $" ({entry.Reason})")}");
        }

        foreach (var stamp in report.Timestamps)
        {
            output.WriteLine($"time        {stamp.Type}{(stamp.Location.Length > 0 ? $" ({stamp.Location})" : "")}: {Time(stamp.Time)}");
        }

        foreach (var url in report.Urls)
        {
            output.WriteLine($"url         {url}");
        }

        foreach (var (name, text) in report.Notes)
        {
            output.WriteLine($"note        {name}: {text.Replace("\n", "\n              ", StringComparison.Ordinal)}");
        }

        foreach (var service in report.Tags)
        {
            output.WriteLine($"tags        {service.Service}:");
            foreach (var tag in service.DisplayTags)
            {
                output.WriteLine($"              {tag}{(service.StorageTags.Contains(tag) ? "" : "  (from siblings/parents)")}");
            }
        }
    }
}
