using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Tags;

public sealed class TagMappingTests
{
    [Fact]
    public void Given_raw_tags_when_added_then_they_are_stored_cleaned_as_hydrus_cleans_them()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["  Blue   EYES ", "Character:Samus Aran", "-solo"]);

        temp.Store.TagsOf(hash).Single().StorageTags.ShouldBe(["blue eyes", "character:samus aran", "solo"]);
    }

    [Fact]
    public void Given_page_tags_then_they_are_human_sorted()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["page:10", "page:2", "page:1"]);

        temp.Store.TagsOf(hash).Single().StorageTags.ShouldBe(["page:1", "page:2", "page:10"]);
    }

    [Theory]
    [InlineData(" \t ")]
    [InlineData(":")]
    public void Given_an_empty_tag_when_added_then_the_error_names_it_and_nothing_is_added(string tag)
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        Should.Throw<StoreException>(() => temp.Store.AddTags([hash], ["good", tag])).Message.ShouldContain("is empty once cleaned");
        temp.Store.TagsOf(hash).ShouldBeEmpty();
    }

    [Fact]
    public void Given_tags_in_two_services_then_each_service_keeps_only_its_own()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["mine"], ServiceCatalog.MyTags);
        temp.Store.AddTags([hash], ["from the web"], ServiceCatalog.DownloaderTags);

        var tags = temp.Store.TagsOf(hash).ToDictionary(service => service.Service, service => service.StorageTags);
        tags[ServiceCatalog.MyTags].ShouldBe(["mine"]);
        tags[ServiceCatalog.DownloaderTags].ShouldBe(["from the web"]);
    }

    [Fact]
    public void Given_a_user_tag_service_when_tags_are_added_to_it_then_they_are_there()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.AddTagService("ratings");

        temp.Store.AddTags([hash], ["five stars"], "ratings");

        temp.Store.TagsOf(hash).Single().Service.ShouldBe("ratings");
    }

    [Fact]
    public void Given_an_unknown_tag_service_then_the_error_lists_the_known_ones()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.AddTags([temp.ImportPng()], ["x"], "nope"))
            .Message.ShouldBe("there is no tag service named 'nope'; known: 'my tags', 'downloader tags'");
    }

    [Fact]
    public void Given_a_tag_when_removed_then_only_that_service_loses_it()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.AddTags([hash], ["shared"], ServiceCatalog.MyTags);
        temp.Store.AddTags([hash], ["shared"], ServiceCatalog.DownloaderTags);

        temp.Store.RemoveTags([hash], ["shared"], ServiceCatalog.MyTags).ShouldBe(1);

        temp.Store.TagsOf(hash).Single().Service.ShouldBe(ServiceCatalog.DownloaderTags);
    }

    [Fact]
    public void Given_a_hash_not_yet_imported_when_tagged_then_the_tags_wait_for_the_import()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = FileHash.Of(File.ReadAllBytes(source));

        temp.Store.AddTags([hash], ["pre-tagged"]);
        temp.Store.GetFile(hash)!.Status.ShouldBe(FileStatus.NotInStore);
        temp.Store.Import(source);

        temp.Store.GetFile(hash)!.AllDisplayTags.ShouldBe(["pre-tagged"]);
    }

    [Fact]
    public void Given_mappings_added_twice_then_they_are_counted_once()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        temp.Store.AddTags([hash], ["once"]).ShouldBe(1);
        temp.Store.AddTags([hash], ["once"]).ShouldBe(0);
    }
}
