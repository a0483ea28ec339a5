using HydraEngine.Definitions;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Tests.Support;

/// <summary>A library in a fresh temporary folder (a real SQLite file), deleted afterwards.</summary>
internal sealed class TempLibrary : IDisposable
{
    private readonly TimeProvider? clock;

    public TempLibrary(TimeProvider? clock = null)
    {
        this.clock = clock;
        Folder = Path.Combine(Path.GetTempPath(), "hydra-library-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "hydra.db");
        Library = Open();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public DownloaderLibrary Library { get; private set; }

    /// <summary>Closes and reopens the library, as a new command would.</summary>
    public DownloaderLibrary Reopen()
    {
        Library.Dispose();
        Library = Open();
        return Library;
    }

    private DownloaderLibrary Open() => DownloaderLibrary.Open(DatabasePath, HydraEngine.Database.DatabaseOptions.Default, clock: clock);

    /// <summary>Writes objects as a hydrus JSON file in the temp folder and returns its path.</summary>
    public string WriteFile(string name, Definition definition)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, HydrusSerialiser.ToDumpString(definition));
        return path;
    }

    public void Dispose()
    {
        Library.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
