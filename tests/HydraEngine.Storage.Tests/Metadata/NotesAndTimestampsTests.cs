using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Metadata;

public sealed class NotesAndTimestampsTests
{
    [Fact]
    public void Given_a_note_then_it_is_cleaned_and_kept_by_name()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.SetNote(hash, " translation ", "line one   \r\nline two\n\n");

        temp.Store.GetFile(hash)!.Notes.ShouldBe(new Dictionary<string, string> { ["translation"] = "line one\nline two" });
    }

    [Fact]
    public void Given_a_note_set_twice_then_the_later_text_wins()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.SetNote(hash, "comment", "first");
        temp.Store.SetNote(hash, "comment", "second");

        temp.Store.GetFile(hash)!.Notes["comment"].ShouldBe("second");
    }

    [Fact]
    public void Given_a_note_set_to_empty_then_it_is_removed()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.SetNote(hash, "comment", "text");

        temp.Store.SetNote(hash, "comment", "   ");

        temp.Store.GetFile(hash)!.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_import_then_the_file_modified_time_comes_from_the_source()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var modified = new DateTime(2019, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, modified);

        var hash = temp.Store.Import(source).Hash;

        temp.Store.GetFile(hash)!.Timestamps.ShouldContain(new FileTimestamp(TimestampType.ModifiedFile, "", new DateTimeOffset(modified)));
    }

    [Fact]
    public void Given_two_source_times_for_a_domain_then_the_earliest_is_kept()
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
    public void Given_an_archived_file_then_it_leaves_the_inbox_with_an_archived_time()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.Archive([hash]).ShouldBe(1);

        var report = temp.Store.GetFile(hash)!;
        report.Inbox.ShouldBeFalse();
        report.Timestamps.ShouldContain(new FileTimestamp(TimestampType.Archived, "", temp.Clock.Now));
    }
}
