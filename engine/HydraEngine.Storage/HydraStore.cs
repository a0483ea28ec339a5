using HydraEngine.Storage.Database;
using HydraEngine.Storage.Database.Migrations;
using HydraEngine.Storage.Services;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage;

/// <summary>
/// The embedded tag/file store: a SQLite database (WAL) plus a hash-named file tree beside it. One instance
/// holds one connection and is not thread-safe; several processes may open the same store.
/// </summary>
public sealed partial class HydraStore : IDisposable
{
    private readonly StoreDatabase database;
    private readonly StoreComponents parts;

    private HydraStore(StoreLocation location, StoreOptions options, StoreDatabase database, TimeProvider clock)
    {
        Location = location;
        Options = options;
        this.database = database;
        parts = new StoreComponents(database, location, clock);
    }

    public StoreLocation Location { get; }

    public StoreOptions Options { get; }

    public int SchemaVersion => MigrationRunner.CurrentVersion(database);

    public IReadOnlyList<StoreService> Services => parts.Services.All;

    internal StoreComponents Parts => parts;

    /// <summary>Opens (creating if needed) the store at <paramref name="location"/> and brings its schema up to date.</summary>
    public static HydraStore Open(StoreLocation location, StoreOptions? options = null) => Open(location, options, TimeProvider.System);

    /// <summary>Opens the store with <paramref name="clock"/> as its clock (import times, deletion records).</summary>
    public static HydraStore Open(StoreLocation location, StoreOptions? options, TimeProvider clock)
    {
        var effective = options ?? StoreOptions.Default;
        StoreDatabase? database = null;
        try
        {
            Directory.CreateDirectory(location.RootFolder);
            Directory.CreateDirectory(location.FilesFolder);
            database = StoreDatabase.Open(location.DatabasePath, effective);
            MigrationRunner.Default.Migrate(database);
            var store = new HydraStore(location, effective, database, clock);
            store.parts.Layout.RemoveStaleTempFiles(TimeSpan.FromHours(6));
            return store;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or HydraEngine.Database.DatabaseSchemaException)
        {
            database?.Dispose();
            throw new StoreException($"cannot open the store at '{location.DatabasePath}': {exception.Message}", exception);
        }
        catch
        {
            database?.Dispose();
            throw;
        }
    }

    /// <summary>Adds a tag service (beside "my tags" and "downloader tags").</summary>
    public StoreService AddTagService(string name) => parts.Services.Add(name, ServiceType.LocalTag);

    /// <summary>Adds a local file domain (beside "my files").</summary>
    public StoreService AddFileDomain(string name) => parts.Services.Add(name, ServiceType.LocalFileDomain);

    public void Dispose() => database.Dispose();
}
