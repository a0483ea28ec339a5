using System.Globalization;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>Times as people read them: "in 3h", "now", "5m ago", "—".</summary>
internal static class HumanTime
{
    public const string Never = "—";

    /// <summary>When something is due (Unix seconds): "now" when past, "in 3h" when ahead, "—" when not scheduled.</summary>
    public static string Until(long? due, long now) => due switch
    {
        null => Never,
        { } time when time <= now => "now",
        { } time => "in " + Span(time - now),
    };

    /// <summary>When something happened (Unix seconds; 0: never): "5m ago".</summary>
    public static string Ago(long time, long now) => time <= 0 ? "never" : time >= now ? "just now" : Span(now - time) + " ago";

    /// <summary>A Unix time as ISO 8601 UTC for JSON, or null.</summary>
    public static string? Iso(long? time) => time is { } value and > 0
        ? DateTimeOffset.FromUnixTimeSeconds(value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : null;

    /// <summary>The largest one or two units: "45s", "12m", "3h 5m", "2d 4h".</summary>
    public static string Span(long seconds)
    {
        if (seconds < 60)
        {
            return $"{Math.Max(seconds, 0)}s";
        }

        if (seconds < 3600)
        {
            return $"{seconds / 60}m";
        }

        if (seconds < 86400)
        {
            return Two(seconds / 3600, "h", seconds % 3600 / 60, "m");
        }

        return Two(seconds / 86400, "d", seconds % 86400 / 3600, "h");
    }

    private static string Two(long big, string bigUnit, long small, string smallUnit) => small == 0 ? $"{big}{bigUnit}" : $"{big}{bigUnit} {small}{smallUnit}";
}
