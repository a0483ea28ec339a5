using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>Words and formats the library commands print.</summary>
internal static class LibraryText
{
    public static string Origin(VersionOrigin origin) => origin switch
    {
        VersionOrigin.Import => "import",
        VersionOrigin.LocalEdit => "local edit",
        _ => "rollback",
    };

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Describe(LibraryVersion version) =>
        $"v{version.Version} ({Origin(version.Origin)}, {Time(version.CreatedAt)}{(version.Source is { } source ? ", " + source : "")})";
}
