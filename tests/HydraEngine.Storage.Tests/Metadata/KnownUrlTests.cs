using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Metadata;

public sealed class KnownUrlTests
{
    private const string Url = "https://booru.example/post/42";

    [Fact]
    public void GivenAnImportWithAUrl_ThenTheUrlIsKnownAsAlreadyInDb()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });

        var lookup = temp.Store.LookupUrl(Url);

        lookup.AlreadyInDb.ShouldBeTrue();
        lookup.Files.Single().Hash.ShouldBe(hash);
    }

    [Fact]
    public void GivenTheFileOfAUrlWasDeleted_ThenADownloaderIsToldToSkipIt()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        var lookup = temp.Store.LookupUrl(Url);

        lookup.PreviouslyDeleted.ShouldBeTrue();
        lookup.AlreadyInDb.ShouldBeFalse();
    }

    [Fact]
    public void GivenAnUnknownUrl_ThenNothingIsKnown()
    {
        using var temp = new TempStore();

        temp.Store.LookupUrl(Url).Files.ShouldBeEmpty();
    }

    [Fact]
    public void GivenARelativeUrl_ThenTheErrorAsksForAnAbsoluteOne()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddUrls(FileHash.Of("x"u8), ["/post/1"])).Message.ShouldContain("not an absolute URL");
    }

    [Fact]
    public void GivenAUrl_WhenRemoved_ThenItIsNoLongerKnownForTheFile()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });

        temp.Store.RemoveUrls(hash, [Url]).ShouldBe(1);

        temp.Store.GetFile(hash)!.Urls.ShouldBeEmpty();
    }
}
