using System.Security.Cryptography;

namespace HydraEngine.FixtureBooru.Content;

/// <summary>A file the site serves at <c>/files/&lt;sha256&gt;.&lt;ext&gt;</c>, with its hashes.</summary>
public sealed class FixtureFile
{
    private readonly byte[] bytes;

    public FixtureFile(byte[] bytes, string extension)
    {
        this.bytes = bytes;
        Extension = extension;
        Md5 = Convert.ToHexStringLower(MD5.HashData(bytes));
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>"png" or "gif".</summary>
    public string Extension { get; }

    /// <summary>Lowercase hex MD5 of the bytes.</summary>
    public string Md5 { get; }

    /// <summary>Lowercase hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; }

    public ReadOnlyMemory<byte> Bytes => bytes;

    public int Length => bytes.Length;

    /// <summary>The site-relative URL path, e.g. <c>/files/ab…cd.png</c>.</summary>
    public string Path => $"/files/{Sha256}.{Extension}";

    public string ContentType => Extension == "gif" ? "image/gif" : "image/png";
}
