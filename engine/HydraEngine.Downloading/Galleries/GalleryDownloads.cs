using Dapper;
using HydraEngine.Downloading.State;

namespace HydraEngine.Downloading.Galleries;

/// <summary>The gallery download rows.</summary>
internal sealed class GalleryDownloads(DownloadDatabase database, FileSeedLogs logs)
{
    private const string Columns = "download_id, gug_name, query_text, file_limit, paused, stop_reason, created, gallery_log_id, file_log_id";

    public GalleryDownload Add(string gugName, string queryText, int? fileLimit, long now)
    {
        var galleryLog = logs.CreateLog("gallery download: gallery", now);
        var fileLog = logs.CreateLog("gallery download: files", now);
        var id = database.Write((db, transaction) => db.ExecuteScalar<long>(
            "INSERT INTO dl_gallery_downloads (gallery_log_id, file_log_id, gug_name, query_text, file_limit, paused, created) VALUES (@galleryLog, @fileLog, @gugName, @queryText, @fileLimit, 0, @now) RETURNING download_id",
            new { galleryLog, fileLog, gugName, queryText, fileLimit, now }, transaction));
        return Get(id)!;
    }

    public GalleryDownload? Get(long id) => database.Read(db => db.QueryFirstOrDefault<Row>($"SELECT {Columns} FROM dl_gallery_downloads WHERE download_id = @id", new { id })?.ToRecord());

    public IReadOnlyList<GalleryDownload> All() => database.Read(db => db.Query<Row>($"SELECT {Columns} FROM dl_gallery_downloads ORDER BY download_id").Select(row => row.ToRecord()).ToList());

    public void SetPaused(long id, bool paused) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_gallery_downloads SET paused = @paused WHERE download_id = @id", new { id, paused }, transaction));

    public void SetStopReason(long id, string? reason) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_gallery_downloads SET stop_reason = @reason WHERE download_id = @id", new { id, reason }, transaction));

    private sealed class Row
    {
        public long download_id { get; set; }
        public string gug_name { get; set; } = "";
        public string query_text { get; set; } = "";
        public long? file_limit { get; set; }
        public long paused { get; set; }
        public string? stop_reason { get; set; }
        public long created { get; set; }
        public long gallery_log_id { get; set; }
        public long file_log_id { get; set; }

        public GalleryDownload ToRecord() => new(download_id, gug_name, query_text, (int?)file_limit, paused != 0, stop_reason, created, gallery_log_id, file_log_id);
    }
}
