namespace HydraEngine.Storage.Files;

/// <summary>A source file copied into the store's temporary folder, hashed, not yet in place.</summary>
/// <param name="OtherHashes">Its MD5, SHA-1 and SHA-512, for <c>local_hashes</c>.</param>
internal sealed record StagedFile(string TempPath, FileHash Hash, long Size, FileMime SniffedMime, DateTimeOffset SourceModified, OtherHashBytes OtherHashes)
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
