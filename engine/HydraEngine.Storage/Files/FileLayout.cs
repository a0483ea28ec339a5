using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Files;

/// <summary>Where a file's bytes live: <c>files/ab/cd/&lt;sha256 hex&gt;.&lt;ext&gt;</c>.</summary>
internal sealed class FileLayout : IDisposable
{
    private TemporaryFiles? temporaryFiles;

    public FileLayout(StoreLocation location)
    {
        FilesFolder = location.FilesFolder;
        TempFolder = location.TempFolder;
        Temporary = location.Temporary;
    }

    public string FilesFolder { get; }

    public string TempFolder { get; }

    public TemporaryFolder Temporary { get; }

    public string PathOf(FileHash hash, FileMime mime) => PathOf(hash.ToHex(), mime);

    public string PathOf(string hex, FileMime mime) =>
        Path.Combine(FilesFolder, hex[..2], hex[2..4], MimeTypes.Extension(mime) is { Length: > 0 } extension ? $"{hex}.{extension}" : hex);

    /// <summary>A fresh temporary file name in the store's folder (so the final rename stays on one file system), owned by this layout.</summary>
    public string NewTempPath()
    {
        temporaryFiles ??= TemporaryFiles.Own(Temporary);
        return temporaryFiles.NewPath("import");
    }

    /// <summary>Removes temporary files left by imports whose process is gone, whatever their age.</summary>
    public int SweepTempFiles() => TemporaryFiles.Sweep(Temporary);

    public void Dispose() => temporaryFiles?.Dispose();
}
