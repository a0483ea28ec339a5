namespace HydraEngine.Storage.Files;

/// <summary>
/// What the store knows about a hash a page gave (see <see cref="HydraStore.LookupHash(string, string)"/>).
/// </summary>
/// <param name="HashType">The type looked up, lower case: sha256, md5, sha1 or sha512.</param>
/// <param name="Value">The value looked up, as lower-case hex.</param>
/// <param name="Hash">The matching file's SHA-256, or null when the store knows no file with that hash.</param>
/// <param name="Status">Where that file stands (<see cref="FileStatus.NotInStore"/> when unknown).</param>
public sealed record HashLookup(string HashType, string Value, FileHash? Hash, FileStatus Status)
{
    /// <summary>The file is in the store: a downloader need not fetch it.</summary>
    public bool AlreadyInDb => Status == FileStatus.Current;

    /// <summary>The file was deleted (trash or gone): a downloader should skip it.</summary>
    public bool PreviouslyDeleted => Status is FileStatus.InTrash or FileStatus.Deleted;
}
