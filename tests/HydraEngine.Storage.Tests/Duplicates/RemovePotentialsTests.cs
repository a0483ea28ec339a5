using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary><see cref="HydraStore.RemovePotentials"/>: hydrus's "remove potential pairs" for chosen files.</summary>
public sealed class RemovePotentialsTests : IDisposable
{
    private readonly DuplicateScenario scenario = new();

    [Fact]
    public void Removing_one_file_forgets_only_its_pairs()
    {
        var file = scenario.Dupes[0];

        scenario.Store.RemovePotentials([file]);

        scenario.Info(file).Potentials.ShouldBeEmpty();
        scenario.PotentialCount.ShouldBe(435 - 29);
    }

    [Fact]
    public void A_file_the_store_never_saw_is_skipped()
    {
        scenario.Store.RemovePotentials([FileHash.Parse(new string('a', 64))]);

        scenario.PotentialCount.ShouldBe(435);
    }

    public void Dispose() => scenario.Dispose();
}
