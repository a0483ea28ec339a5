using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Tags;

public sealed class MappingIngestTests
{
    [Fact]
    public void Given_a_bulk_ingest_when_completed_then_every_mapping_is_stored_cleaned()
    {
        using var temp = new TempStore();
        var first = temp.ImportPng();
        var second = temp.ImportPng();

        using (var ingest = temp.Store.BeginMappingIngest(ServiceCatalog.DownloaderTags))
        {
            ingest.Add(first, ["Series:Metroid", "solo"]);
            ingest.Add(second, ["series:metroid"]);
            ingest.Complete();
            ingest.Added.ShouldBe(3);
        }

        temp.Store.Search("series:metroid").Hashes.ShouldBe([first, second], ignoreOrder: true);
        temp.Store.Search("solo").Hashes.ShouldBe([first]);
    }

    [Fact]
    public void Given_duplicate_mappings_then_only_new_ones_are_counted()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();
        temp.Store.AddTags([hash], ["already"], ServiceCatalog.DownloaderTags);

        using var ingest = temp.Store.BeginMappingIngest();
        ingest.Add(hash, ["already", "new", "new"]);
        ingest.Complete();

        ingest.Submitted.ShouldBe(3);
        ingest.Added.ShouldBe(1);
    }

    [Fact]
    public void Given_an_ingest_not_completed_then_its_buffer_is_dropped()
    {
        using var temp = new TempStore();
        var hash = temp.ImportPng();

        using (var ingest = temp.Store.BeginMappingIngest())
        {
            ingest.Add(hash, "never written");
        }

        temp.Store.TagsOf(hash).ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_unknown_hash_then_the_ingest_records_it()
    {
        using var temp = new TempStore();
        var hash = FileHash.Of("not imported"u8);

        using var ingest = temp.Store.BeginMappingIngest();
        ingest.Add(hash, "waiting");
        ingest.Complete();

        temp.Store.TagsOf(hash).Single().StorageTags.ShouldBe(["waiting"]);
    }
}
