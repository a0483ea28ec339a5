using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// Keeps update files like any file: in the hash-named tree (extensionless), in <c>hashes</c> and <c>files_info</c>
/// with an update mime, current in the "repository updates" domain. The bytes are checked against the hash the
/// repository listed before anything is written, and made durable before the rows that point at them.
/// </summary>
internal sealed class RepositoryUpdateFiles(StoreDatabase database, FileLayout layout, HashIds hashIds, FilesInfo filesInfo, FileLocations locations)
{
    /// <summary>Writes an update file; throws when <paramref name="bytes"/> do not hash to <paramref name="expected"/>.</summary>
    public long Store(FileHash expected, ReadOnlySpan<byte> bytes, FileMime mime, int updateDomainId, long nowMs)
    {
        var actual = FileHash.Of(bytes);
        if (actual != expected)
        {
            throw new StoreException($"the update file {expected.ToHex()} hashes to {actual.ToHex()}: it was damaged on the way; it will be downloaded again");
        }

        var final = layout.PathOf(expected, mime);
        if (!File.Exists(final))
        {
            var temp = layout.NewTempPath();
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }

                DurableFileSystem.MoveIntoPlaceDurably(temp, final);
            }
            finally
            {
                File.Delete(temp);
            }
        }

        var hashId = hashIds.GetOrCreate(expected);
        filesInfo.Write(hashId, new FileMetadata(expected, bytes.Length, mime, MediaInfo.Unknown));
        if (!locations.IsCurrent(updateDomainId, hashId))
        {
            locations.AddCurrent(updateDomainId, hashId, nowMs);
        }

        return hashId;
    }

    /// <summary>The bytes of a stored update file.</summary>
    public byte[] Read(FileHash hash, FileMime mime)
    {
        var path = layout.PathOf(hash, mime);
        if (!File.Exists(path))
        {
            throw new StoreException($"the update file {hash.ToHex()} is missing from the file tree ({path}); reset the repository's downloads to fetch it again");
        }

        return File.ReadAllBytes(path);
    }

    public long? HashId(FileHash hash) => hashIds.Find(hash);

    public StoreDatabase Database => database;
}
