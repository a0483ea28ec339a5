using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.Tests.Seeds;

public sealed class SeedMetadataTests
{
    private const long Now = 1_700_000_000;

    [Fact]
    public void A_source_time_within_a_week_of_the_epoch_is_ignored() =>
        SeedMetadata.EarlierSensible(null, 7 * 86400, Now).ShouldBeNull();

    [Fact]
    public void A_future_source_time_is_capped_thirty_seconds_before_now() =>
        SeedMetadata.EarlierSensible(null, Now + 500, Now).ShouldBe(Now - 30);

    [Fact]
    public void A_source_time_is_only_replaced_by_an_earlier_one() =>
        (SeedMetadata.EarlierSensible(1_600_000_000, 1_650_000_000, Now), SeedMetadata.EarlierSensible(1_600_000_000, 1_500_000_000, Now)).ShouldBe((1_600_000_000L, 1_500_000_000L));

    [Fact]
    public void Merging_keeps_the_first_hash_per_type_and_the_last_note_per_name()
    {
        var first = new SeedMetadata { Hashes = new Dictionary<string, string> { ["md5"] = "aa" }, Notes = new Dictionary<string, string> { ["n"] = "old" }, Tags = ["a"] };
        var second = new SeedMetadata { Hashes = new Dictionary<string, string> { ["md5"] = "bb" }, Notes = new Dictionary<string, string> { ["n"] = "new" }, Tags = ["a", "b"] };
        var merged = first.Merge(second, Now);
        (merged.Hashes["md5"], merged.Notes["n"], string.Join(",", merged.Tags)).ShouldBe(("aa", "new", "a,b"));
    }
}
