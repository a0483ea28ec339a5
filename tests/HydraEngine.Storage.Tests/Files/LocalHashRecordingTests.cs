using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class LocalHashRecordingTests
{
    [Fact]
    public void GivenABatchImport_ThenEveryFileCanBeLookedUpByMd5()
    {
        using var temp = new TempStore();
        var sources = Enumerable.Range(0, 5).Select(_ => temp.WritePng()).ToList();

        var hashes = temp.Store.ImportMany(sources, batchSize: 2).Select(attempt => attempt.Result!.Hash).ToList();

        sources.Select(source => temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source)).Hash).ShouldBe(hashes.Cast<FileHash?>());
    }

    [Fact]
    public void GivenAStoredFileWithoutARow_WhenImportedAgain_ThenTheRowIsFilled()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        RemoveRows(temp);

        temp.Store.Import(source).Status.ShouldBe(ImportStatus.AlreadyInDb);

        temp.Store.LookupHash("sha512", SourceHashes.Hex("sha512", source)).Hash.ShouldBe(hash);
    }

    [Fact]
    public void GivenADeletedFileWithoutARow_WhenImportedAgain_ThenItStaysDeletedButCanBeLookedUp()
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
    public void GivenAStoredFileWithoutARow_ThenItsSha256StillAnswers()
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
