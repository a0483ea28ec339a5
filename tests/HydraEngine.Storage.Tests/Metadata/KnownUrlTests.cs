using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Metadata;

public sealed class KnownUrlTests
{
    private const string Url = "https://booru.example/post/42";

    [Fact]
    public void Given_an_import_with_a_url_then_the_url_is_known_as_already_in_db()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });

        var lookup = temp.Store.LookupUrl(Url);

        lookup.AlreadyInDb.ShouldBeTrue();
        lookup.Files.Single().Hash.ShouldBe(hash);
    }

    [Fact]
    public void Given_the_file_of_a_url_was_deleted_then_a_downloader_is_told_to_skip_it()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        var lookup = temp.Store.LookupUrl(Url);

        lookup.PreviouslyDeleted.ShouldBeTrue();
        lookup.AlreadyInDb.ShouldBeFalse();
    }

    [Fact]
    public void Given_an_unknown_url_then_nothing_is_known()
    {
        using var temp = new TempStore();

        temp.Store.LookupUrl(Url).Files.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_relative_url_then_the_error_asks_for_an_absolute_one()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddUrls(FileHash.Of("x"u8), ["/post/1"])).Message.ShouldContain("not an absolute URL");
    }

    [Fact]
    public void Given_a_url_when_removed_then_it_is_no_longer_known_for_the_file()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng(new ImportOptions { Urls = [Url] });

        temp.Store.RemoveUrls(hash, [Url]).ShouldBe(1);

        temp.Store.GetFile(hash)!.Urls.ShouldBeEmpty();
    }
}
