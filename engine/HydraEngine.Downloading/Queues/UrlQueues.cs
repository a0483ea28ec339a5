using Dapper;
using HydraEngine.Downloading.State;

namespace HydraEngine.Downloading.Queues;

/// <summary>The URL queue rows.</summary>
internal sealed class UrlQueues(DownloadDatabase database, FileSeedLogs logs)
{
    /// <summary>The queue of that name, made on first use.</summary>
    public UrlQueue Ensure(string name, long now)
    {
        if (Find(name) is { } existing)
        {
            return existing;
        }

        var galleryLog = logs.CreateLog("url queue: gallery", now);
        var fileLog = logs.CreateLog("url queue: files", now);
        database.Write((db, transaction) => db.Execute(
            "INSERT INTO dl_url_queues (gallery_log_id, file_log_id, name, paused, created) VALUES (@galleryLog, @fileLog, @name, 0, @now)",
            new { galleryLog, fileLog, name, now }, transaction));
        return Find(name)!;
    }

    public UrlQueue? Find(string name) => database.Read(db =>
        db.QueryFirstOrDefault<Row>("SELECT queue_id, name, paused, gallery_log_id, file_log_id FROM dl_url_queues WHERE name = @name", new { name }))?.ToRecord();

    public IReadOnlyList<UrlQueue> All() => database.Read(db =>
        db.Query<Row>("SELECT queue_id, name, paused, gallery_log_id, file_log_id FROM dl_url_queues ORDER BY queue_id").Select(row => row.ToRecord()).ToList());

    public void SetPaused(long id, bool paused) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_url_queues SET paused = @paused WHERE queue_id = @id", new { id, paused }, transaction));

    private sealed class Row
    {
        public long queue_id { get; set; }
        public string name { get; set; } = "";
        public long paused { get; set; }
        public long gallery_log_id { get; set; }
        public long file_log_id { get; set; }

        public UrlQueue ToRecord() => new(queue_id, name, paused != 0, gallery_log_id, file_log_id);
    }
}
