using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class ImportManyTests
{
    [Fact]
    public void Given_a_batch_with_a_bad_file_then_the_others_are_imported_and_the_bad_one_carries_its_error()
    {
        using var temp = new TempStore();
        var good = temp.WritePng();
        var empty = temp.WriteInput([]);
        var alsoGood = temp.WritePng();

        var attempts = temp.Store.ImportMany([good, empty, alsoGood]).ToList();

        attempts.Select(attempt => attempt.Succeeded).ShouldBe([true, false, true]);
        attempts[1].Error.ShouldNotBeNull().ShouldContain("empty (zero bytes)");
        temp.Store.Search("system:everything").Count.ShouldBe(2);
        temp.Store.CheckIntegrity(new Storage.Maintenance.IntegrityCheckOptions(VerifyHashes: true)).IsHealthy.ShouldBeTrue();
    }

    [Fact]
    public void Given_the_same_file_twice_in_a_batch_then_the_second_is_already_in_db()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();

        var statuses = temp.Store.ImportMany([source, source]).Select(attempt => attempt.Result!.Status).ToList();

        statuses.ShouldBe([ImportStatus.Imported, ImportStatus.AlreadyInDb]);
    }

    [Fact]
    public void Given_a_deleted_file_in_a_batch_then_it_is_previously_deleted()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Delete([temp.Store.Import(source).Hash], new DeleteOptions(Permanent: true));

        temp.Store.ImportMany([source, temp.WritePng()]).Select(attempt => attempt.Result!.Status)
            .ShouldBe([ImportStatus.PreviouslyDeleted, ImportStatus.Imported]);
    }

    [Fact]
    public void Given_many_files_in_small_batches_then_every_one_is_stored_with_its_tags()
    {
        using var temp = new TempStore();
        var sources = Enumerable.Range(0, 10).Select(_ => temp.WritePng()).ToList();

        var attempts = temp.Store.ImportMany(sources, new ImportOptions { Tags = ["batch"] }, batchSize: 3).ToList();

        attempts.ShouldAllBe(attempt => attempt.Result!.Status == ImportStatus.Imported);
        temp.Store.Search("batch").Count.ShouldBe(10);
        Directory.EnumerateFiles(temp.Location.TempFolder).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_bad_tag_option_then_nothing_is_imported_and_the_error_comes_at_once()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();

        Should.Throw<StoreException>(() => temp.Store.ImportMany([source], new ImportOptions { Tags = [":"] }));

        temp.StoreFiles().ShouldBeEmpty();
    }
}
