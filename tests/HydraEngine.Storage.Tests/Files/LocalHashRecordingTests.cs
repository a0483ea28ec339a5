using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class LocalHashRecordingTests
{
    [Fact]
    public void Given_a_batch_import_then_every_file_can_be_looked_up_by_md5()
    {
        using var temp = new TempStore();
        var sources = Enumerable.Range(0, 5).Select(_ => temp.WritePng()).ToList();

        var hashes = temp.Store.ImportMany(sources, batchSize: 2).Select(attempt => attempt.Result!.Hash).ToList();

        sources.Select(source => temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source)).Hash).ShouldBe(hashes.Cast<FileHash?>());
    }

    [Fact]
    public void Given_a_stored_file_without_a_row_when_imported_again_then_the_row_is_filled()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        RemoveRows(temp);

        temp.Store.Import(source).Status.ShouldBe(ImportStatus.AlreadyInDb);

        temp.Store.LookupHash("sha512", SourceHashes.Hex("sha512", source)).Hash.ShouldBe(hash);
    }

    [Fact]
    public void Given_a_deleted_file_without_a_row_when_imported_again_then_it_stays_deleted_but_can_be_looked_up()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));
        RemoveRows(temp);

        temp.Store.Import(source).Status.ShouldBe(ImportStatus.PreviouslyDeleted);

        temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source)).PreviouslyDeleted.ShouldBeTrue();
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_stored_file_without_a_row_then_its_sha256_still_answers()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        RemoveRows(temp);

        temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source)).Hash.ShouldBeNull();
        temp.Store.LookupHash("sha256", hash.ToHex()).AlreadyInDb.ShouldBeTrue();
    }

    /// <summary>Makes the store look like one whose files were imported before <c>local_hashes</c> existed.</summary>
    private static void RemoveRows(TempStore temp) => temp.Store.Parts.Database.Execute("DELETE FROM local_hashes");
}
