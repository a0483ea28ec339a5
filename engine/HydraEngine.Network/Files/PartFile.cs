using System.Security.Cryptography;

namespace HydraEngine.Network.Files;

/// <summary>
/// A download's temporary file (<c>hydra-{guid}.part</c> in the caller's folder) and the hashes of what it holds,
/// kept as the bytes arrive so a resumed download needs no second pass. <see cref="Reset"/> starts over from zero.
/// </summary>
internal sealed class PartFile : IDisposable
{
    private readonly FileStream stream;
    private readonly IReadOnlyList<string> hashTypes;
    private Dictionary<string, IncrementalHash> hashers = [];

    private PartFile(string path, FileStream stream, IReadOnlyList<string> hashTypes)
    {
        Path = path;
        this.stream = stream;
        this.hashTypes = hashTypes;
        Reset();
    }

    public string Path { get; }

    public long Length => stream.Length;

    /// <summary>Creates the file; <paramref name="hashTypes"/> are hydrus hash names beside sha256 (md5, sha1, sha512).</summary>
    public static PartFile Create(string folder, IEnumerable<string> hashTypes)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"hydra-{Guid.NewGuid():N}.part");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);
        return new PartFile(path, stream, ["sha256", .. hashTypes.Where(type => type != "sha256").Distinct()]);
    }

    public static bool IsKnownHashType(string type) => type is "md5" or "sha1" or "sha256" or "sha512";

    public void Reset()
    {
        stream.SetLength(0);
        stream.Position = 0;
        foreach (var hasher in hashers.Values)
        {
            hasher.Dispose();
        }

        hashers = hashTypes.ToDictionary(type => type, type => IncrementalHash.CreateHash(type switch
        {
            "md5" => HashAlgorithmName.MD5,
            "sha1" => HashAlgorithmName.SHA1,
            "sha512" => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA256,
        }));
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        foreach (var hasher in hashers.Values)
        {
            hasher.AppendData(chunk.Span);
        }
    }

    /// <summary>Flushes to disk, closes the file and gives each hash by type.</summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> CompleteAsync()
    {
        await stream.FlushAsync().ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
        await stream.DisposeAsync().ConfigureAwait(false);
        return hashers.ToDictionary(pair => pair.Key, pair => pair.Value.GetHashAndReset());
    }

    /// <summary>Closes and deletes the file (after a failure or cancellation).</summary>
    public void Delete()
    {
        stream.Dispose();
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // already gone or held elsewhere; nothing more to do
        }
    }

    public void Dispose()
    {
        stream.Dispose();
        foreach (var hasher in hashers.Values)
        {
            hasher.Dispose();
        }
    }
}
