using HydraEngine.Storage.Repositories;

namespace HydraEngine.Storage.Tests.Repositories;

public sealed class RepositoryIdCacheTests
{
    [Fact]
    public void An_id_set_is_found_and_one_never_set_is_not()
    {
        var map = new RepositoryIdCache().Hashes(3);

        map.Set(70_000, 12);

        map.TryGet(70_000, out var found).ShouldBeTrue();
        found.ShouldBe(12);
        map.TryGet(70_001, out _).ShouldBeFalse();
        map.TryGet(5, out _).ShouldBeFalse();
    }

    [Fact]
    public void Services_and_id_kinds_are_kept_apart()
    {
        var cache = new RepositoryIdCache();

        cache.Hashes(1).Set(5, 50);

        cache.Tags(1).TryGet(5, out _).ShouldBeFalse();
        cache.Hashes(2).TryGet(5, out _).ShouldBeFalse();
    }

    [Fact]
    public void Values_the_map_cannot_hold_are_not_remembered()
    {
        var map = new RepositoryIdCache().Tags(1);

        map.Set(1, (long)int.MaxValue + 1);
        map.Set(-1, 4);

        map.TryGet(1, out _).ShouldBeFalse();
        map.TryGet(-1, out _).ShouldBeFalse();
    }

    [Fact]
    public void When_the_page_budget_is_spent_the_map_starts_over()
    {
        var map = new RepositoryIdCache(pagesPerMap: 2).Hashes(1);
        map.Set(0, 1);
        map.Set(DenseIdMap.PageSize, 2);

        map.Set(2L * DenseIdMap.PageSize, 3);

        map.TryGet(0, out _).ShouldBeFalse();
        map.TryGet(2L * DenseIdMap.PageSize, out var kept).ShouldBeTrue();
        kept.ShouldBe(3);
    }

    [Fact]
    public void A_forgotten_service_answers_nothing()
    {
        var cache = new RepositoryIdCache();
        cache.Hashes(1).Set(5, 50);

        cache.Forget(1);

        cache.Hashes(1).TryGet(5, out _).ShouldBeFalse();
    }
}
