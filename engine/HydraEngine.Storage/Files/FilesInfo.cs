using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Files;

/// <summary>Size, mime and media facts per hash (table <c>files_info</c>).</summary>
internal sealed class FilesInfo
{
    private readonly StoreDatabase database;

    public FilesInfo(StoreDatabase database)
    {
        this.database = database;
    }

    public void Write(long hashId, FileMetadata metadata) =>
        database.Execute(
            """
            INSERT OR REPLACE INTO files_info (hash_id, size, mime, width, height, duration_ms, num_frames)
            VALUES (@hashId, @Size, @Mime, @Width, @Height, @DurationMs, @NumFrames)
            """,
            new
            {
                hashId,
                metadata.Size,
                Mime = (int)metadata.Mime,
                metadata.Media.Width,
                metadata.Media.Height,
                metadata.Media.DurationMs,
                metadata.Media.NumFrames,
            });

    public FileMetadata? Read(long hashId, FileHash hash)
    {
        var row = database.QuerySingleOrDefault<Row>(
            "SELECT size, mime, width, height, duration_ms AS DurationMs, num_frames AS NumFrames FROM files_info WHERE hash_id = @hashId",
            new { hashId });
        return row is null ? null : row.ToMetadata(hash);
    }

    internal sealed record Row
    {
        public long Size { get; init; }

        public long Mime { get; init; }

        public long? Width { get; init; }

        public long? Height { get; init; }

        public long? DurationMs { get; init; }

        public long? NumFrames { get; init; }

        public FileMetadata ToMetadata(FileHash hash) =>
            new(hash, Size, (FileMime)Mime, new MediaInfo((int?)Width, (int?)Height, DurationMs, (int?)NumFrames));
    }
}
