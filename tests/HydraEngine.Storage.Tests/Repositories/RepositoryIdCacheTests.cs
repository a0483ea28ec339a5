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
    public void A_forgotten_service_answers_nothing()
    {
        var cache = new RepositoryIdCache();
        cache.Hashes(1).Set(5, 50);

        cache.Forget(1);

        cache.Hashes(1).TryGet(5, out _).ShouldBeFalse();
    }
}
