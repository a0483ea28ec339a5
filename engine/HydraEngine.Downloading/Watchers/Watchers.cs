using Dapper;
using HydraEngine.Downloading.State;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Watchers;

/// <summary>The watcher rows.</summary>
internal sealed class Watchers(DownloadDatabase database, FileSeedLogs logs)
{
    private const string Columns = "watcher_id, url, subject, checker, status, paused, last_check, next_check, check_now, no_work_until, note, created, gallery_log_id, file_log_id, files_paused";

    public Watcher Add(string url, CheckerOptions checker, long now)
    {
        if (database.Read(db => db.ExecuteScalar<long?>("SELECT watcher_id FROM dl_watchers WHERE url = @url", new { url })) is { } existing)
        {
            throw new DownloadException($"'{url}' is already watched (watcher {existing})");
        }

        var galleryLog = logs.CreateLog("watcher: thread", now);
        var fileLog = logs.CreateLog("watcher: files", now);
        var id = database.Write((db, transaction) => db.ExecuteScalar<long>(
            "INSERT INTO dl_watchers (gallery_log_id, file_log_id, url, checker, status, paused, last_check, next_check, check_now, no_work_until, note, created) " +
            "VALUES (@galleryLog, @fileLog, @url, @checker, 0, 0, 0, 0, 0, 0, '', @now) RETURNING watcher_id",
            new { galleryLog, fileLog, url, checker = CheckerJson.Write(checker), now }, transaction));
        return Get(id)!;
    }

    public Watcher? Get(long id) => database.Read(db => db.QueryFirstOrDefault<Row>($"SELECT {Columns} FROM dl_watchers WHERE watcher_id = @id", new { id }))?.ToRecord();

    public IReadOnlyList<Watcher> All() => database.Read(db => db.Query<Row>($"SELECT {Columns} FROM dl_watchers ORDER BY watcher_id").Select(row => row.ToRecord()).ToList());

    public void Save(Watcher watcher) => database.Write((db, transaction) => db.Execute(
        "UPDATE dl_watchers SET subject = @Subject, checker = @checker, status = @status, paused = @Paused, last_check = @LastCheck, next_check = @NextCheck, " +
        "check_now = @CheckNow, no_work_until = @NoWorkUntil, note = @Note, files_paused = @FilesPaused WHERE watcher_id = @Id",
        new { watcher.Subject, checker = CheckerJson.Write(watcher.Checker), status = (long)watcher.Status, watcher.Paused, watcher.LastCheck, watcher.NextCheck, watcher.CheckNow, watcher.NoWorkUntil, watcher.Note, watcher.FilesPaused, watcher.Id },
        transaction));

    public bool Remove(long id) => database.Write((db, transaction) => db.Execute("DELETE FROM dl_watchers WHERE watcher_id = @id", new { id }, transaction)) > 0;

    private sealed class Row
    {
        public long watcher_id { get; set; }
        public string url { get; set; } = "";
        public string? subject { get; set; }
        public string checker { get; set; } = "";
        public long status { get; set; }
        public long paused { get; set; }
        public long last_check { get; set; }
        public long next_check { get; set; }
        public long check_now { get; set; }
        public long no_work_until { get; set; }
        public string note { get; set; } = "";
        public long created { get; set; }
        public long gallery_log_id { get; set; }
        public long file_log_id { get; set; }
        public long files_paused { get; set; }

        public Watcher ToRecord() => new(watcher_id, url, subject, CheckerJson.Read(checker), (CheckingStatus)status, paused != 0, last_check, next_check, check_now != 0, no_work_until, note, created, gallery_log_id, file_log_id, files_paused != 0);
    }
}
