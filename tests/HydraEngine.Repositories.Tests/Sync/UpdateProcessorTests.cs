using HydraEngine.Repositories.Sync;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Tests.Sync;

public sealed class UpdateProcessorTests : IDisposable
{
    private static readonly FileHash File1 = FileHash.Of("file one"u8);
    private static readonly FileHash File2 = FileHash.Of("file two"u8);
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-process-").FullName;
    private readonly HydraStore store;
    private readonly RepositoryService repository;

    public UpdateProcessorTests()
    {
        store = HydraStore.Open(StoreLocation.FromOption(Path.Combine(folder, "hydra.db")));
        repository = store.Repositories.Add("repo", "127.0.0.1", 1, new byte[32]);
    }

    [Fact]
    public void Work_stops_before_the_first_index_with_a_file_not_downloaded_and_puts_definitions_first()
    {
        var definitions = Keep(0, Definitions((1, File1)));
        var content = Keep(0, Content(added: [new RepositoryMappingRow(1, [1])]));
        Register(1, FileHash.Of("not downloaded"u8));
        Keep(2, Definitions((2, File2)));

        var work = store.Repositories.Work(repository, UpdateProcessor.ContentOrder);

        work.Select(item => (item.Hash, item.ContentType)).ShouldBe([
            (definitions, RepositoryContentType.Definitions),
            (content, RepositoryContentType.Mappings),
            (content, RepositoryContentType.TagParents),
            (content, RepositoryContentType.TagSiblings)]);
    }

    [Fact]
    public void A_later_update_deleting_a_mapping_removes_it_and_its_count()
    {
        Keep(0, Definitions((1, File1), (2, File2)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1, 2])]));
        Keep(1, Content(deleted: [new RepositoryMappingRow(1, [1])]));

        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.TagsOf(File1).ShouldBeEmpty();
        store.TagsOf(File2).Single().StorageTags.ShouldBe(["blue sky"]);
        store.Repositories.Progress(repository).Content.CountedMappings.ShouldBe(1);
    }

    [Fact]
    public void Content_naming_an_undefined_id_pauses_the_repository_and_says_to_reset()
    {
        Keep(0, Definitions((1, File1)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [99])]));

        Should.Throw<RepositoryDefinitionException>(() => new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None))
            .Message.ShouldContain("hash id 99 was never defined");

        var after = store.Repositories.Get("repo");
        after.Paused.ShouldBeTrue();
        after.LastError!.ShouldContain("reset");
        store.TagsOf(File1).ShouldBeEmpty();
    }

    [Fact]
    public void A_reset_clears_what_was_processed_and_the_next_run_processes_it_again()
    {
        Keep(0, Definitions((1, File1)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1])]));
        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.Repositories.Reprocess(repository);
        store.TagsOf(File1).ShouldBeEmpty();
        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.TagsOf(File1).Single().StorageTags.ShouldBe(["blue sky"]);
    }

    [Fact]
    public void An_id_redefined_by_a_later_definitions_update_means_its_last_hash_as_all_definitions_go_first()
    {
        Keep(0, Definitions((1, File1)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1])]));
        Keep(1, Definitions((1, File2)));
        Keep(1, Content(added: [new RepositoryMappingRow(2, [1])]));

        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.TagsOf(File1).ShouldBeEmpty();
        store.TagsOf(File2).Single().StorageTags.ShouldBe(["blue sky", "sky"], ignoreOrder: true);
    }

    [Fact]
    public void Hundreds_of_hashes_defined_in_one_file_are_all_mapped_with_their_counts()
    {
        var files = Enumerable.Range(1, 300).Select(number => ((long)number, FileHash.Of(BitConverter.GetBytes(number)))).ToArray();
        Keep(0, Definitions(files));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [.. files.Select(file => file.Item1)]), new RepositoryMappingRow(2, [1, 300])]));

        var report = new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        report.Rows.ShouldBe(300 + 2 + 302);
        store.Repositories.Progress(repository).Content.Mappings.ShouldBe(302);
        store.Repositories.Progress(repository).Content.CountedMappings.ShouldBe(302);
        store.TagsOf(files[299].Item2).Single().StorageTags.ShouldBe(["blue sky", "sky"], ignoreOrder: true);
        store.TagsOf(files[150].Item2).Single().StorageTags.ShouldBe(["blue sky"]);
    }

    [Fact]
    public void Content_processed_by_a_later_run_finds_definitions_an_earlier_run_wrote()
    {
        Keep(0, Definitions((1, File1)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1])]));
        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None, maxUnits: 1);
        store.Dispose();

        using var reopened = HydraStore.Open(StoreLocation.FromOption(Path.Combine(folder, "hydra.db")));
        new UpdateProcessor(reopened.Repositories).Process("repo", null, CancellationToken.None);

        reopened.TagsOf(File1).Single().StorageTags.ShouldBe(["blue sky"]);
    }

    [Fact]
    public void Defined_tags_are_cleaned_and_one_that_cleans_to_nothing_becomes_the_invalid_tag()
    {
        Keep(0, new DefinitionsUpdate([(1, File1)], [(1, "Character:Samus Aran"), (2, "series:"), (3, "character:samus aran"), (4, "blue sky")]));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1]), new RepositoryMappingRow(2, [1]), new RepositoryMappingRow(3, [1]), new RepositoryMappingRow(4, [1])]));

        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.TagsOf(File1).Single().StorageTags.ShouldBe(["blue sky", "character:samus aran", "invalid repository tag"], ignoreOrder: true);
        store.Repositories.Progress(repository).Content.Mappings.ShouldBe(3);
    }

    [Fact]
    public void A_content_type_not_chosen_is_left_unprocessed()
    {
        Keep(0, Definitions((1, File1)));
        Keep(0, Content(added: [new RepositoryMappingRow(1, [1])], siblings: [(1, 2)]));
        store.Repositories.SetContentTypes(repository, [RepositoryContentType.TagSiblings]);

        new UpdateProcessor(store.Repositories).Process("repo", null, CancellationToken.None);

        store.TagsOf(File1).ShouldBeEmpty();
        store.Siblings("repo").Single().BadTag.ShouldBe("blue sky");
    }

    [Fact]
    public void A_damaged_update_file_is_refused_and_nothing_is_kept()
    {
        var hash = FileHash.Of("what the server listed"u8);
        Register(0, hash);

        Should.Throw<StoreException>(() => store.Repositories.StoreUpdateFile(repository, hash, UpdateFileWriter.Write(Definitions()), FileMime.HydrusUpdateDefinitions))
            .Message.ShouldContain("damaged");

        store.Repositories.Updates(repository).Single().Downloaded.ShouldBeFalse();
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static DefinitionsUpdate Definitions(params (long Id, FileHash Hash)[] hashes) => new(hashes, [(1, "blue sky"), (2, "sky")]);

    private static ContentUpdate Content(RepositoryMappingRow[]? added = null, RepositoryMappingRow[]? deleted = null, (long, long)[]? siblings = null) =>
        new(added ?? [], deleted ?? [], new Dictionary<RepositoryContentType, PairChanges> { [RepositoryContentType.TagSiblings] = new(siblings ?? [], []) }, 0);

    private FileHash Keep(long index, UpdateFile update)
    {
        var bytes = update is DefinitionsUpdate definitions ? UpdateFileWriter.Write(definitions) : UpdateFileWriter.Write((ContentUpdate)update);
        var hash = FileHash.Of(bytes);
        Register(index, hash);
        store.Repositories.StoreUpdateFile(repository, hash, bytes, update.Mime);
        return hash;
    }

    private void Register(long index, FileHash hash) => store.Repositories.RegisterUpdates(repository, [(index, hash)]);
}
