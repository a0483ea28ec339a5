using System.Text.Json.Nodes;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>What a job's file seeds came to: new files, files already in the store, previously deleted ones, failures, and what is still pending.</summary>
internal sealed record FileTally(int New, int AlreadyInDb, int PreviouslyDeleted, int Failed, int Pending)
{
    public static FileTally Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Files the job finished with (a post that only led to other URLs is not a file).</summary>
    public int Files => New + AlreadyInDb + PreviouslyDeleted + Failed;

    public static FileTally Of(IEnumerable<FileSeed> seeds) => seeds.Aggregate(Empty, (tally, seed) => tally.Add(seed));

    public FileTally Add(FileSeed seed) => seed.Status switch
    {
        SeedStatus.Successful when seed.FileHash is not null => this with { New = New + 1 },
        SeedStatus.AlreadyInDb => this with { AlreadyInDb = AlreadyInDb + 1 },
        SeedStatus.PreviouslyDeleted => this with { PreviouslyDeleted = PreviouslyDeleted + 1 },
        SeedStatus.Error or SeedStatus.Vetoed => this with { Failed = Failed + 1 },
        SeedStatus.Unknown => this with { Pending = Pending + 1 },
        _ => this,
    };

    public FileTally Plus(FileTally other) =>
        new(New + other.New, AlreadyInDb + other.AlreadyInDb, PreviouslyDeleted + other.PreviouslyDeleted, Failed + other.Failed, Pending + other.Pending);

    /// <summary>"12 files: 10 new, 2 already in db, 0 previously deleted, 0 failed" (and what is still pending, if any).</summary>
    public string Describe() =>
        $"{Files} file{(Files == 1 ? "" : "s")}: {New} new, {AlreadyInDb} already in db, {PreviouslyDeleted} previously deleted, {Failed} failed"
        + (Pending > 0 ? $" ({Pending} still pending)" : "");

    /// <summary>The files_* fields of a command's JSON summary.</summary>
    public void AddTo(JsonObject json)
    {
        json["files_new"] = New;
        json["files_already_in_db"] = AlreadyInDb;
        json["files_previously_deleted"] = PreviouslyDeleted;
        json["files_failed"] = Failed;
    }
}
