using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>Looking files up by a hash a page gave (SHA-256, or MD5, SHA-1 or SHA-512 from <c>local_hashes</c>).</summary>
public sealed partial class HydraStore
{
    /// <summary>
    /// What the store knows of a file by its <paramref name="hashType"/> (sha256, md5, sha1 or sha512, any case)
    /// given as hex digits, so a downloader can skip files it has or has deleted without downloading them.
    /// Throws <see cref="StoreException"/> for an unknown type or a value of the wrong length or not hex.
    /// MD5, SHA-1 and SHA-512 are known only for files imported since schema version 6 (or imported again since).
    /// </summary>
    public HashLookup LookupHash(string hashType, string hex)
    {
        var type = HashTypes.Parse(hashType);
        return Lookup(type, HashTypes.ParseHex(type, hex));
    }

    /// <summary>As <see cref="LookupHash(string, string)"/>, with the hash's raw bytes.</summary>
    public HashLookup LookupHash(string hashType, ReadOnlySpan<byte> value)
    {
        var type = HashTypes.Parse(hashType);
        return Lookup(type, HashTypes.Check(type, value));
    }

    /// <summary>Several files share a value only on a collision (MD5): the one the store holds most firmly answers.</summary>
    private HashLookup Lookup(HashType type, byte[] value)
    {
        IReadOnlyList<long> hashIds = type.Column is null
            ? parts.HashIds.Find(FileHash.FromBytes(value)) is { } hashId ? [hashId] : []
            : parts.LocalHashes.HashIdsOf(type, value);
        var hex = Convert.ToHexStringLower(value);
        if (hashIds.Count == 0)
        {
            return new HashLookup(type.Name, hex, null, FileStatus.NotInStore);
        }

        var best = hashIds.Select(id => (Id: id, Status: parts.Locations.StatusOf(id))).MinBy(match => Firmness(match.Status));
        return new HashLookup(type.Name, hex, parts.HashIds.HashOf(best.Id), best.Status);
    }

    private static int Firmness(FileStatus status) => status switch
    {
        FileStatus.Current => 0,
        FileStatus.InTrash => 1,
        FileStatus.Deleted => 2,
        _ => 3,
    };
}
