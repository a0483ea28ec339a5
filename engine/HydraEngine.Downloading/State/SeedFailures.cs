using Dapper;

namespace HydraEngine.Downloading.State;

/// <summary>
/// What failed in a job's logs: how many gallery pages ended in an error, the newest error note of either log, and
/// putting failed gallery pages back in their queue (hydrus's "retry failed" for gallery logs).
/// </summary>
internal sealed class SeedFailures(DownloadDatabase database)
{
    private const int ErrorStatus = 4;

    public int FailedPages(long galleryLogId) => database.Read(db =>
        db.ExecuteScalar<int>("SELECT COUNT(*) FROM dl_gallery_seeds WHERE log_id = @galleryLogId AND status = @ErrorStatus", new { galleryLogId, ErrorStatus }));

    /// <summary>The newest error note of the gallery log or the file log (the gallery's when both failed at once), or null.</summary>
    public string? LastError(long? galleryLogId, long fileLogId) => database.Read(db =>
        db.QueryFirstOrDefault<string?>(
            "SELECT note FROM (SELECT note, modified, 1 AS rank FROM dl_gallery_seeds WHERE log_id = @galleryLogId AND status = @ErrorStatus "
            + "UNION ALL SELECT note, modified, 0 AS rank FROM dl_file_seeds WHERE log_id = @fileLogId AND status = @ErrorStatus) ORDER BY modified DESC, rank DESC LIMIT 1",
            new { galleryLogId = galleryLogId ?? -1, fileLogId, ErrorStatus }));

    /// <summary>Puts the failed gallery pages of <paramref name="galleryLogId"/> back to pending.</summary>
    public int RetryPages(long galleryLogId, long now) => database.Write((db, transaction) =>
        db.Execute("UPDATE dl_gallery_seeds SET status = 0, note = '', modified = @now WHERE log_id = @galleryLogId AND status = @ErrorStatus", new { galleryLogId, now, ErrorStatus }, transaction));
}
