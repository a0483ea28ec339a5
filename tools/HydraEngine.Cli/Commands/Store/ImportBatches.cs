namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// How <c>hydra import</c> groups files: each batch is one transaction with one durability sync (complete or absent),
/// and Ctrl-C is looked at between batches, so a batch holds at most <see cref="MaxFiles"/> files and, beyond its
/// first file, at most <see cref="MaxBytes"/> bytes (many small files share a sync; big files still stop quickly).
/// </summary>
internal static class ImportBatches
{
    public const int MaxFiles = 64;

    public const long MaxBytes = 64L * 1024 * 1024;

    public static IEnumerable<IReadOnlyList<string>> Of(IReadOnlyList<string> paths, int maxFiles = MaxFiles, long maxBytes = MaxBytes)
    {
        var batch = new List<string>();
        long bytes = 0;
        foreach (var path in paths)
        {
            var size = SizeOf(path);
            if (batch.Count > 0 && (batch.Count >= maxFiles || bytes + size > maxBytes))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(path);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The file's size, or 0 when it cannot be read now (the import itself then says why).</summary>
    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
