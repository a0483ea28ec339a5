using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>A real store (SQLite file plus file tree) in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private int nextSample;

    public TempStore(StoreOptions? options = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "hydra-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        InputFolder = Path.Combine(Folder, "input");
        Directory.CreateDirectory(InputFolder);
        Location = new StoreLocation(Path.Combine(Folder, "store", "hydra.db"));
        Clock = new ManualClock(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
        Store = HydraStore.Open(Location, options, Clock);
    }

    public string Folder { get; }

    public string InputFolder { get; }

    public StoreLocation Location { get; }

    public ManualClock Clock { get; }

    public HydraStore Store { get; private set; }

    /// <summary>Writes a small unique PNG into the input folder and returns its path.</summary>
    public string WritePng(int width = 4, int height = 3) => WriteInput(SampleFiles.Png(width, height, $"sample {++nextSample}"), "png");

    public string WriteInput(byte[] bytes, string extension = "bin")
    {
        var path = Path.Combine(InputFolder, $"input-{++nextSample}.{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Imports a fresh unique PNG and returns its hash.</summary>
    public FileHash ImportPng(ImportOptions? options = null) => Store.Import(WritePng(), options).Hash;

    public void Reopen()
    {
        Store.Dispose();
        Store = HydraStore.Open(Location, null, Clock);
    }

    /// <summary>Every file under the store's folder (database files included), for "store unchanged" checks.</summary>
    public IReadOnlyList<string> StoreFiles() =>
        Directory.EnumerateFiles(Location.FilesFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS temp cleaner gets the rest.
        }
    }
}
