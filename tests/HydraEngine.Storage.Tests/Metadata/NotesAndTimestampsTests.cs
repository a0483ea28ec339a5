using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Metadata;

public sealed class NotesAndTimestampsTests
{
    [Fact]
    public void GivenANote_ThenItIsCleanedAndKeptByName()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.SetNote(hash, " translation ", "line one   \r\nline two\n\n");

        temp.Store.GetFile(hash)!.Notes.ShouldBe(new Dictionary<string, string> { ["translation"] = "line one\nline two" });
    }

    [Fact]
    public void GivenANoteSetTwice_ThenTheLaterTextWins()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.SetNote(hash, "comment", "first");
        temp.Store.SetNote(hash, "comment", "second");

        temp.Store.GetFile(hash)!.Notes["comment"].ShouldBe("second");
    }

    [Fact]
    public void GivenANoteSetToEmpty_ThenItIsRemoved()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.SetNote(hash, "comment", "text");

        temp.Store.SetNote(hash, "comment", "   ");

        temp.Store.GetFile(hash)!.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void GivenAnImport_ThenTheFileModifiedTimeComesFromTheSource()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var modified = new DateTime(2019, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, modified);

        var hash = temp.Store.Import(source).Hash;

        temp.Store.GetFile(hash)!.Timestamps.ShouldContain(new FileTimestamp(TimestampType.ModifiedFile, "", new DateTimeOffset(modified)));
    }

    [Fact]
    public void GivenTwoSourceTimesForADomain_ThenTheEarliestIsKept()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        var early = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

        temp.Store.SetTimestamp(hash, TimestampType.ModifiedDomain, early.AddDays(3), "booru.example");
        temp.Store.SetTimestamp(hash, TimestampType.ModifiedDomain, early, "booru.example");
        temp.Store.SetTimestamp(hash, TimestampType.ModifiedDomain, early.AddDays(9), "booru.example");

        temp.Store.GetFile(hash)!.Timestamps.Single(stamp => stamp.Type == TimestampType.ModifiedDomain).Time.ShouldBe(early);
    }

    [Fact]
    public void GivenAnArchivedFile_ThenItLeavesTheInboxWithAnArchivedTime()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.Archive([hash]).ShouldBe(1);

        var report = temp.Store.GetFile(hash)!;
        report.Inbox.ShouldBeFalse();
        report.Timestamps.ShouldContain(new FileTimestamp(TimestampType.Archived, "", temp.Clock.Now));
    }
}
