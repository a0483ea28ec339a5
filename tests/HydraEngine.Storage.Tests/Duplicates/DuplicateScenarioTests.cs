using HydraEngine.Storage.Duplicates;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>hydrus's TestClientDBDuplicates scenarios, on a real store.</summary>
public sealed class DuplicateScenarioTests : IDisposable
{
    private readonly DuplicateScenario scenario = new();

    private int freeAgents;
    private int expectedPotentials;

    public DuplicateScenarioTests()
    {
        freeAgents = scenario.AllFiles;
        expectedPotentials = freeAgents * (freeAgents - 1) / 2;
    }

    [Fact]
    public void Initial_state_is_every_pair_potential_and_every_file_a_king()
    {
        scenario.PotentialCount.ShouldBe(435);
        var info = scenario.Info(scenario.Dupes[0]);
        info.King.ShouldBe(scenario.Dupes[0]);
        info.Potentials.Count.ShouldBe(29);
        info.Duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Better_worse_builds_one_group_under_the_first_king()
    {
        var (king, d) = (scenario.Dupes[0], scenario.Dupes);
        JoinMain(DuplicateRelationship.Better, king, d[1]);
        JoinMain(DuplicateRelationship.Better, d[1], d[2]);

        scenario.PotentialCount.ShouldBe(expectedPotentials);
        foreach (var member in new[] { king, d[1], d[2] })
        {
            var info = scenario.Info(member);
            info.King.ShouldBe(king);
            scenario.GroupOf(member).ShouldBe([king, d[1], d[2]], ignoreOrder: true);
            info.Potentials.Count.ShouldBe(scenario.AllFiles - 3);
        }
    }

    [Fact]
    public void King_usurp_makes_the_better_file_king_of_the_whole_group()
    {
        var d = scenario.Dupes;
        JoinMain(DuplicateRelationship.Better, d[0], d[1]);
        JoinMain(DuplicateRelationship.Better, d[1], d[2]);
        JoinMain(DuplicateRelationship.Better, d[3], d[0]);

        scenario.PotentialCount.ShouldBe(expectedPotentials);
        scenario.Info(d[0]).King.ShouldBe(d[3]);
        scenario.Info(d[3]).King.ShouldBe(d[3]);
        scenario.GroupOf(d[3]).ShouldBe([d[0], d[1], d[2], d[3]], ignoreOrder: true);
    }

    [Fact]
    public void Same_quality_joins_the_group_and_keeps_its_king()
    {
        var d = scenario.Dupes;
        JoinMain(DuplicateRelationship.SameQuality, d[0], d[4]);
        JoinMain(DuplicateRelationship.SameQuality, d[4], d[5]);

        scenario.PotentialCount.ShouldBe(expectedPotentials);
        scenario.Info(d[5]).King.ShouldBe(d[0]);
        scenario.GroupOf(d[0]).ShouldBe([d[0], d[4], d[5]], ignoreOrder: true);
    }

    [Fact]
    public void Explicit_new_king()
    {
        var d = scenario.Dupes;
        JoinMain(DuplicateRelationship.Better, d[0], d[1]);

        scenario.Store.SetDuplicateKing(d[1]);

        scenario.Info(d[0]).King.ShouldBe(d[1]);
        scenario.GroupOf(d[1]).ShouldBe([d[0], d[1]], ignoreOrder: true);
    }

    [Fact]
    public void Poach_better_takes_a_non_king_out_of_its_group()
    {
        var (d, s) = (scenario.Dupes, scenario.SecondGroup);
        EstablishSecondGroup();

        scenario.Set(DuplicateRelationship.Better, d[0], s[1]);
        scenario.Store.ScanForDuplicates(0);

        scenario.Info(s[1]).King.ShouldBe(d[0]);
        scenario.GroupOf(d[0]).ShouldBe([d[0], s[1]], ignoreOrder: true);
        scenario.GroupOf(s[0]).ShouldBe([s[0], s[2], s[3]], ignoreOrder: true);
        scenario.Info(s[0]).King.ShouldBe(s[0]);
    }

    [Fact]
    public void Poach_same_moves_a_non_king_to_the_other_non_kings_group()
    {
        var (d, s) = (scenario.Dupes, scenario.SecondGroup);
        JoinMain(DuplicateRelationship.Better, d[0], d[1]);
        EstablishSecondGroup();

        scenario.Set(DuplicateRelationship.SameQuality, d[1], s[2]);
        scenario.Store.ScanForDuplicates(0);

        scenario.PotentialCount.ShouldBeLessThan(expectedPotentials);
        scenario.GroupOf(d[0]).ShouldBe([d[0], d[1], s[2]], ignoreOrder: true);
        scenario.GroupOf(s[0]).ShouldBe([s[0], s[1], s[3]], ignoreOrder: true);
    }

    [Fact]
    public void Group_merge_brings_whole_groups_under_the_main_king()
    {
        var d = scenario.Dupes;
        JoinMain(DuplicateRelationship.Better, d[0], d[1]);
        foreach (var first in new[] { 6, 8, 10, 12 })
        {
            scenario.Set(DuplicateRelationship.Better, d[first], d[first + 1]);
        }

        scenario.Set(DuplicateRelationship.SameQuality, d[1], d[6]);
        scenario.Set(DuplicateRelationship.SameQuality, d[0], d[8]);
        scenario.Set(DuplicateRelationship.Better, d[1], d[10]);
        scenario.Set(DuplicateRelationship.Better, d[0], d[12]);

        scenario.Info(d[13]).King.ShouldBe(d[0]);
        scenario.GroupOf(d[0]).ShouldBe([d[0], d[1], .. Enumerable.Range(6, 8).Select(i => d[i])], ignoreOrder: true);
        scenario.Info(d[0]).Potentials.Count.ShouldBe(scenario.AllFiles - 10);
    }

    [Fact]
    public void False_positive_applies_between_the_groups()
    {
        var (king, fp) = (scenario.Dupes[0], scenario.FalsePositives);
        EstablishFalsePositiveGroup();

        scenario.Set(DuplicateRelationship.FalsePositive, king, fp[0]);

        scenario.PotentialCount.ShouldBeLessThan(expectedPotentials);
        scenario.Info(king).FalsePositives.ShouldBe([fp[0]]);
        scenario.Info(fp[0]).FalsePositives.ShouldBe([king]);
        scenario.Info(king).Potentials.Count.ShouldBe(scenario.AllFiles - 3 - 1);
        scenario.Info(king).Potentials.ShouldNotContain(fp[0]);
    }

    [Fact]
    public void Alternates_join_one_alternate_group_and_stop_their_potential()
    {
        var (king, alt) = (scenario.Dupes[0], scenario.Alternates);
        EstablishAlternateGroup();

        scenario.Set(DuplicateRelationship.Alternates, king, alt[0]);

        scenario.Info(king).Alternates.ShouldBe([alt[0]]);
        scenario.Info(alt[0]).Alternates.ShouldBe([king]);
        scenario.Info(king).Potentials.ShouldNotContain(alt[0]);
        scenario.Info(alt[0]).Potentials.Count.ShouldBe(scenario.AllFiles - 3 - 1);
    }

    [Fact]
    public void False_positive_with_an_alternate_covers_the_whole_alternate_group()
    {
        var (king, alt, fp) = (scenario.Dupes[0], scenario.Alternates, scenario.FalsePositives);
        EstablishAlternateGroup();
        scenario.Set(DuplicateRelationship.Alternates, king, alt[0]);

        scenario.Set(DuplicateRelationship.FalsePositive, king, fp[0]);

        scenario.Info(alt[0]).FalsePositives.ShouldBe([fp[0]]);
        scenario.Info(fp[0]).FalsePositives.ShouldBe([king, alt[0]], ignoreOrder: true);
        scenario.Info(alt[0]).Potentials.ShouldNotContain(fp[0]);
    }

    [Fact]
    public void Alternates_inside_one_duplicate_group_split_it()
    {
        var d = scenario.Dupes;
        JoinMain(DuplicateRelationship.Better, d[0], d[1]);

        scenario.Set(DuplicateRelationship.Alternates, d[0], d[1]);

        scenario.GroupOf(d[0]).ShouldBe([d[0]]);
        scenario.Info(d[1]).King.ShouldBe(d[1]);
        scenario.Info(d[0]).Alternates.ShouldBe([d[1]]);
    }

    private void JoinMain(DuplicateRelationship relationship, Storage.Files.FileHash a, Storage.Files.FileHash b)
    {
        scenario.Set(relationship, a, b);
        freeAgents--;
        expectedPotentials -= freeAgents;
    }

    private void EstablishSecondGroup()
    {
        var s = scenario.SecondGroup;
        scenario.Set(DuplicateRelationship.Better, s[0], s[1]);
        scenario.Set(DuplicateRelationship.SameQuality, s[0], s[2]);
        scenario.Set(DuplicateRelationship.Better, s[0], s[3]);
    }

    private void EstablishFalsePositiveGroup() => EstablishGroupOfThree(scenario.FalsePositives);

    private void EstablishAlternateGroup() => EstablishGroupOfThree(scenario.Alternates);

    private void EstablishGroupOfThree(IReadOnlyList<Storage.Files.FileHash> files)
    {
        var before = scenario.PotentialCount;
        scenario.Set(DuplicateRelationship.Better, files[0], files[1]);
        scenario.Set(DuplicateRelationship.SameQuality, files[0], files[2]);
        scenario.PotentialCount.ShouldBeLessThan(before);
        expectedPotentials = scenario.PotentialCount;
    }

    public void Dispose() => scenario.Dispose();
}
