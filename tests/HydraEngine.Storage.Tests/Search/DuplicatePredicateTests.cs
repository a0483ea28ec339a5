using HydraEngine.Imaging;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Search;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Search;

/// <summary>system:similar to, system:num file relationships and the best-quality (King) predicates on a real store.</summary>
public sealed class DuplicatePredicateTests : IDisposable
{
    private readonly TempStore temp = new();
    private readonly FileHash original;
    private readonly FileHash copy;
    private readonly FileHash unrelated;

    public DuplicatePredicateTests()
    {
        var picture = PngCodec.Default.EncodeGreyscale8(64, 64, Enumerable.Range(0, 4096).Select(i => (byte)((i * 7 + i / 64 * 13) % 251)).ToArray());
        var other = PngCodec.Default.EncodeGreyscale8(64, 64, Enumerable.Range(0, 4096).Select(i => (byte)(i % 64 * 3 + i / 640)).ToArray());
        original = temp.Store.Import(temp.WriteInput(picture, "png")).Hash;
        copy = temp.Store.Import(temp.WriteInput([.. picture, 1, 2, 3], "png")).Hash;
        unrelated = temp.Store.Import(temp.WriteInput(other, "png")).Hash;
        temp.Store.ScanForDuplicates(4);
    }

    [Fact]
    public void Similar_to_finds_the_file_and_its_pixel_duplicate()
    {
        Find($"system:similar to {original.ToHex()} with distance 0").ShouldBe([original, copy], ignoreOrder: true);
    }

    [Fact]
    public void Similar_to_without_a_distance_reads_as_hydrus_default()
    {
        QueryParser.Parse($"system:similar to {copy.ToHex()}").Predicates.ShouldHaveSingleItem().ShouldBe(new SimilarToPredicate(new[] { copy }, 4));
    }

    [Fact]
    public void Potential_duplicate_count_covers_both_files_of_the_pair()
    {
        Find("system:num file relationships > 0 potential duplicates").ShouldBe([original, copy], ignoreOrder: true);
    }

    [Fact]
    public void After_better_the_worse_file_is_not_the_king()
    {
        temp.Store.SetDuplicateRelationship(original, copy, DuplicateRelationship.Better);

        Find("system:is not the best quality file of its duplicate group").ShouldBe([copy]);
        Find("system:is the best quality file of its group").ShouldBe([original, unrelated], ignoreOrder: true);
        Find("system:num file relationships = 1 duplicates").ShouldBe([original, copy], ignoreOrder: true);
        Find("system:num file relationships = 0 duplicates").ShouldBe([unrelated]);
    }

    [Fact]
    public void Unreadable_relationship_predicate_says_how_to_write_it()
    {
        Should.Throw<QuerySyntaxException>(() => QueryParser.Parse("system:num file relationships > x cousins")).Message.ShouldContain("num file relationships < N duplicates");
    }

    private IReadOnlyList<FileHash> Find(string query) => temp.Store.Search(query).Hashes;

    public void Dispose() => temp.Dispose();
}
