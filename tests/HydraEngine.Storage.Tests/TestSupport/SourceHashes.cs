using System.Security.Cryptography;

namespace HydraEngine.Storage.Tests.TestSupport;

/// <summary>The expected hashes of a source file, computed independently of the store.</summary>
internal static class SourceHashes
{
    public static byte[] Bytes(string hashType, string path)
    {
        var content = File.ReadAllBytes(path);
        return hashType.ToLowerInvariant() switch
        {
            "md5" => MD5.HashData(content),
            "sha1" => SHA1.HashData(content),
            "sha256" => SHA256.HashData(content),
            "sha512" => SHA512.HashData(content),
            _ => throw new ArgumentOutOfRangeException(nameof(hashType), hashType, "not a hash type"),
        };
    }

    public static string Hex(string hashType, string path) => Convert.ToHexStringLower(Bytes(hashType, path));
}
