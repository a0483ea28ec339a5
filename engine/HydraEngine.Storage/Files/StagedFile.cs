namespace HydraEngine.Storage.Files;

/// <summary>A source file copied into the store's temporary folder, hashed, not yet in place.</summary>
internal sealed record StagedFile(string TempPath, FileHash Hash, long Size, FileMime SniffedMime, DateTimeOffset SourceModified)
{
    public void DeleteTemp()
    {
        try
        {
            File.Delete(TempPath);
        }
        catch (IOException)
        {
            // Left for the stale temp-file sweep.
        }
    }
}
