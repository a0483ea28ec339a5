namespace HydraEngine.Storage.Files;

/// <summary>A hash type <see cref="HydraStore.LookupHash(string, string)"/> accepts; <see cref="Column"/> is its <c>local_hashes</c> column (null for SHA-256, which is <c>hashes</c>).</summary>
internal sealed record HashType(string Name, int Length, string? Column);

/// <summary>The hash types a file can be looked up by, and the checks on a value given for one.</summary>
internal static class HashTypes
{
    public static readonly HashType Sha256 = new("sha256", FileHash.Length, null);

    public static readonly IReadOnlyList<HashType> All =
    [
        Sha256,
        new("md5", 16, "md5"),
        new("sha1", 20, "sha1"),
        new("sha512", 64, "sha512"),
    ];

    /// <summary>The type named <paramref name="name"/> (case-insensitive, surrounding whitespace ignored).</summary>
    public static HashType Parse(string name)
    {
        var trimmed = name.Trim();
        return All.FirstOrDefault(type => string.Equals(type.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw new StoreException($"unknown hash type '{name}': expected sha256, md5, sha1 or sha512");
    }

    /// <summary>A copy of <paramref name="value"/>, checked to be the right length for <paramref name="type"/>.</summary>
    public static byte[] Check(HashType type, ReadOnlySpan<byte> value) =>
        value.Length == type.Length
            ? value.ToArray()
            : throw new StoreException($"a {type.Name} hash is {type.Length} bytes ({type.Length * 2} hex digits); got {value.Length} bytes");

    /// <summary>Parses hex digits (either case, surrounding whitespace ignored) into a value for <paramref name="type"/>.</summary>
    public static byte[] ParseHex(HashType type, string hex)
    {
        var trimmed = hex.Trim();
        if (trimmed.Length != type.Length * 2)
        {
            throw new StoreException($"'{hex}' is not a {type.Name} hash: expected {type.Length * 2} hex digits, got {trimmed.Length} characters");
        }

        var bytes = new byte[type.Length];
        var status = Convert.FromHexString(trimmed, bytes, out _, out var written);
        return status == System.Buffers.OperationStatus.Done && written == type.Length
            ? bytes
            : throw new StoreException($"'{hex}' is not a {type.Name} hash: it contains characters that are not hex digits");
    }
}
