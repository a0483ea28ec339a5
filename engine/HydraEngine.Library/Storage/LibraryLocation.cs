namespace HydraEngine.Library.Storage;

/// <summary>
/// Where the library lives: the engine's embedded store, one SQLite file shared with the tag/file store
/// (<c>$XDG_DATA_HOME/hydra/hydra.db</c>, or <c>~/.local/share/hydra/hydra.db</c> when XDG_DATA_HOME is unset
/// or relative), or the file <c>--db PATH</c> names.
/// </summary>
public static class LibraryLocation
{
    public const string DefaultDatabaseName = "hydra.db";

    public static string DefaultDatabasePath =>
        Path.Combine(DefaultDataFolder(Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Home), DefaultDatabaseName);

    /// <summary>The database file for an optional <c>--db</c> value (a leading <c>~/</c> is the home folder).</summary>
    public static string Resolve(string? databasePath)
    {
        if (databasePath is null)
        {
            return DefaultDatabasePath;
        }

        if (string.IsNullOrWhiteSpace(databasePath))
        {
            throw new LibraryException("the database path is empty; give --db a file path such as ~/hydra/hydra.db");
        }

        var expanded = databasePath == "~" || databasePath.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Home, databasePath.TrimStart('~').TrimStart('/'))
            : databasePath;
        var full = Path.GetFullPath(expanded);
        if (Directory.Exists(full))
        {
            throw new LibraryException($"'{databasePath}' is a folder; --db names the database file (for example {Path.Combine(databasePath, DefaultDatabaseName)})");
        }

        return full;
    }

    internal static string DefaultDataFolder(string? xdgDataHome, string home) =>
        !string.IsNullOrWhiteSpace(xdgDataHome) && Path.IsPathRooted(xdgDataHome)
            ? Path.Combine(xdgDataHome, "hydra")
            : Path.Combine(home, ".local", "share", "hydra");

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
