using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Files;

/// <summary>Where a file's bytes live: <c>files/ab/cd/&lt;sha256 hex&gt;.&lt;ext&gt;</c>.</summary>
internal sealed class FileLayout
{
    public FileLayout(StoreLocation location)
    {
        FilesFolder = location.FilesFolder;
        TempFolder = location.TempFolder;
    }

    public string FilesFolder { get; }

    public string TempFolder { get; }

    public string PathOf(FileHash hash, FileMime mime) => PathOf(hash.ToHex(), mime);

    public string PathOf(string hex, FileMime mime) =>
        Path.Combine(FilesFolder, hex[..2], hex[2..4], MimeTypes.Extension(mime) is { Length: > 0 } extension ? $"{hex}.{extension}" : hex);

    /// <summary>A fresh temporary file name in the store's folder (so the final rename stays on one file system).</summary>
    public string NewTempPath()
    {
        Directory.CreateDirectory(TempFolder);
        return Path.Combine(TempFolder, $"import-{Environment.ProcessId}-{Guid.NewGuid():N}.part");
    }

    /// <summary>Removes temporary files left by crashed imports (older than <paramref name="age"/>).</summary>
    public int RemoveStaleTempFiles(TimeSpan age)
    {
        if (!Directory.Exists(TempFolder))
        {
            return 0;
        }

        var removed = 0;
        var cutoff = TimeProvider.System.GetUtcNow().UtcDateTime - age; // file times are wall-clock times, whatever the engine's clock
        foreach (var file in Directory.EnumerateFiles(TempFolder, "*.part"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (IOException)
            {
                // Another process may be removing it too.
            }
        }

        return removed;
    }
}
