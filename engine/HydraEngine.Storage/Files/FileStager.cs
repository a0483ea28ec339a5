using System.Security.Cryptography;

namespace HydraEngine.Storage.Files;

/// <summary>
/// Copies a source file into the store's temporary folder while hashing it (SHA-256, plus MD5, SHA-1 and SHA-512
/// for <c>local_hashes</c>, all in the same pass), and (unless a batch syncs later) fsyncs it.
/// </summary>
internal static class FileStager
{
    private const int BufferSize = 128 * 1024;

    /// <summary>Stages <paramref name="sourcePath"/>; on any failure the temp file is gone and a clear error is thrown.</summary>
    public static StagedFile Stage(string sourcePath, string tempPath, bool flushToDisk)
    {
        using var input = OpenSource(sourcePath);
        try
        {
            return Copy(sourcePath, input, tempPath, flushToDisk);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or StoreException)
        {
            TryDelete(tempPath);
            if (exception is StoreException)
            {
                throw;
            }

            throw new StoreException($"cannot import '{sourcePath}': {exception.Message}", exception);
        }
    }

    private static StagedFile Copy(string sourcePath, FileStream input, string tempPath, bool flushToDisk)
    {
        var buffer = new byte[BufferSize];
        var first = input.ReadAtLeast(buffer, Math.Min(MimeSniffer.HeaderLength, BufferSize), throwOnEndOfStream: false);
        if (first == 0)
        {
            throw new StoreException($"cannot import '{sourcePath}': the file is empty (zero bytes)");
        }

        var mime = MimeSniffer.Sniff(buffer.AsSpan(0, first))
            ?? throw new StoreException($"cannot import '{sourcePath}': unsupported file type (it starts with {Convert.ToHexString(buffer, 0, Math.Min(first, 8))})");

        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        using var sha512 = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        long size = 0;
        using (var output = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            for (var read = first; read > 0; read = input.Read(buffer, 0, buffer.Length))
            {
                hasher.AppendData(buffer, 0, read);
                md5.AppendData(buffer, 0, read);
                sha1.AppendData(buffer, 0, read);
                sha512.AppendData(buffer, 0, read);
                output.Write(buffer, 0, read);
                size += read;
            }

            output.Flush(flushToDisk);
        }

        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(sourcePath), TimeSpan.Zero);
        var others = new OtherHashBytes(md5.GetHashAndReset(), sha1.GetHashAndReset(), sha512.GetHashAndReset());
        return new StagedFile(tempPath, FileHash.FromBytes(hasher.GetHashAndReset()), size, mime, modified, others);
    }

    private static FileStream OpenSource(string sourcePath)
    {
        if (Directory.Exists(sourcePath))
        {
            throw new StoreException($"cannot import '{sourcePath}': it is a folder");
        }

        try
        {
            return new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StoreException($"cannot import '{sourcePath}': no such file", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new StoreException($"cannot import '{sourcePath}': permission denied", exception);
        }
        catch (IOException exception)
        {
            throw new StoreException($"cannot import '{sourcePath}': {exception.Message}", exception);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the stale temp-file sweep.
        }
    }
}
