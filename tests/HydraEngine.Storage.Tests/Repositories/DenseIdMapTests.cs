using HydraEngine.Storage.Repositories;

namespace HydraEngine.Storage.Tests.Repositories;

public sealed class DenseIdMapTests
{
    [Fact]
    public void Values_the_map_cannot_hold_are_not_remembered()
    {
        var map = new DenseIdMap(pageBudget: 4);

        map.Set(1, (long)int.MaxValue + 1);
        map.Set(-1, 4);
        map.Set(2, 0);

        map.TryGet(1, out _).ShouldBeFalse();
        map.TryGet(-1, out _).ShouldBeFalse();
        map.TryGet(2, out _).ShouldBeFalse();
    }

    [Fact]
    public void When_the_page_budget_is_spent_the_map_starts_over()
    {
        var map = new DenseIdMap(pageBudget: 2);
        map.Set(0, 1);
        map.Set(DenseIdMap.PageSize, 2);

        map.Set(2L * DenseIdMap.PageSize, 3);

        map.TryGet(0, out _).ShouldBeFalse();
        map.TryGet(2L * DenseIdMap.PageSize, out var kept).ShouldBeTrue();
        kept.ShouldBe(3);
    }

    [Fact]
    public void An_id_set_again_takes_the_new_value()
    {
        var map = new DenseIdMap(pageBudget: 1);
        map.Set(9, 90);

        map.Set(9, 91);

        map.TryGet(9, out var value).ShouldBeTrue();
        value.ShouldBe(91);
    }
}
