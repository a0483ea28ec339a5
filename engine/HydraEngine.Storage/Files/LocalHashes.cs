namespace HydraEngine.Storage.Files;

/// <summary>
/// A stored file's other hashes (lower-case hex), kept like hydrus's <c>local_hashes</c> so a downloader can
/// check a hash a page gives before downloading. Files imported before schema version 6 have none until re-imported.
/// </summary>
public sealed record LocalHashes(string Md5, string Sha1, string Sha512);

/// <summary>The raw MD5, SHA-1 and SHA-512 of a staged file, as written to <c>local_hashes</c>.</summary>
internal sealed record OtherHashBytes(byte[] Md5, byte[] Sha1, byte[] Sha512)
{
    public LocalHashes ToLocalHashes() =>
        new(Convert.ToHexStringLower(Md5), Convert.ToHexStringLower(Sha1), Convert.ToHexStringLower(Sha512));
}
