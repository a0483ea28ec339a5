namespace HydraEngine.Storage.Database;

/// <summary>
/// Where a store lives: a SQLite database file, with the file folder <c>files/</c> beside it. The embedded
/// default is <c>$XDG_DATA_HOME/hydra/hydra.db</c>, or <c>~/.local/share/hydra/hydra.db</c> when
/// <c>XDG_DATA_HOME</c> is unset; <c>--db PATH</c> names another database file.
/// </summary>
public sealed record StoreLocation
{
    public const string DefaultDatabaseName = "hydra.db";

    public StoreLocation(string databasePath)
    {
        if (string.IsNullOrWhiteSpace(databasePath))
        {
            throw new StoreException("the database path is empty; give --db a file path such as ~/hydra/hydra.db");
        }

        DatabasePath = Path.GetFullPath(databasePath);
        if (Directory.Exists(DatabasePath))
        {
            throw new StoreException($"'{databasePath}' is a folder; --db names the database file (for example {Path.Combine(databasePath, DefaultDatabaseName)})");
        }
    }

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The folder holding the database; the store's files live under it.</summary>
    public string RootFolder => Path.GetDirectoryName(DatabasePath)!;

    /// <summary>The hash-named file tree: <c>files/ab/cd/&lt;sha256&gt;.&lt;ext&gt;</c>.</summary>
    public string FilesFolder => Path.Combine(RootFolder, "files");

    /// <summary>Where imports write before the rename (same file system as <see cref="FilesFolder"/>).</summary>
    public string TempFolder => Path.Combine(FilesFolder, ".tmp");

    /// <summary><see cref="TempFolder"/> with the folder of its owners' locks (see <see cref="Files.TemporaryFiles"/>).</summary>
    public Files.TemporaryFolder Temporary => new(TempFolder, Path.Combine(RootFolder, ".temp-owners"));

    /// <summary>The embedded default store under the user's data folder.</summary>
    public static StoreLocation Default => new(Path.Combine(DefaultDataFolder(), DefaultDatabaseName));

    /// <summary><paramref name="databasePath"/> when given (the <c>--db</c> option), otherwise <see cref="Default"/>.</summary>
    public static StoreLocation FromOption(string? databasePath) =>
        string.IsNullOrEmpty(databasePath) ? Default : new StoreLocation(ExpandHome(databasePath));

    internal static string DefaultDataFolder() =>
        DefaultDataFolder(Environment.GetEnvironmentVariable("XDG_DATA_HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>XDG base directory rule: a relative or empty XDG_DATA_HOME is ignored.</summary>
    internal static string DefaultDataFolder(string? xdgDataHome, string home) =>
        !string.IsNullOrWhiteSpace(xdgDataHome) && Path.IsPathRooted(xdgDataHome)
            ? Path.Combine(xdgDataHome, "hydra")
            : Path.Combine(home, ".local", "share", "hydra");

    private static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~').TrimStart('/'))
            : path;
}
