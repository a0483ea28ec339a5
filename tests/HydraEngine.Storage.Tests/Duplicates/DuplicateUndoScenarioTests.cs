using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Duplicates;

/// <summary>
/// hydrus's TestClientDBDuplicates scenarios that undo decisions (remove member, remove/clear false positives,
/// remove alternate, dissolve alternate group, dissolve duplicate group), on a real store; a re-search at 0
/// follows each undo, as in hydrus's tests.
/// </summary>
public sealed class DuplicateUndoScenarioTests : IDisposable
{
    private readonly DuplicateScenario scenario = new();

    private FileHash King => scenario.Dupes[0];

    private IReadOnlyList<FileHash> D => scenario.Dupes;

    [Fact]
    public void Remove_member_takes_the_file_out_and_it_becomes_a_potential_again()
    {
        scenario.Set(DuplicateRelationship.Better, King, D[1]);
        scenario.Set(DuplicateRelationship.Better, King, D[2]);

        scenario.Store.RemoveFromDuplicateGroup([D[1]]);
        scenario.Store.ScanForDuplicates(0);

        scenario.Info(King).Duplicates.ShouldBe([D[2]]);
        scenario.Info(D[1]).King.ShouldBe(D[1]);
        scenario.Info(King).Potentials.ShouldContain(D[1]);
        scenario.Info(King).Potentials.Count.ShouldBe(scenario.AllFiles - 2);
    }

    [Fact]
    public void Removing_the_king_dissolves_its_group()
    {
        scenario.Set(DuplicateRelationship.Better, King, D[1]);
        scenario.Set(DuplicateRelationship.Better, King, D[2]);

        scenario.Store.RemoveFromDuplicateGroup([King]);
        scenario.Store.ScanForDuplicates(0);

        foreach (var file in new[] { King, D[1], D[2] })
        {
            scenario.Info(file).King.ShouldBe(file);
            scenario.Info(file).Duplicates.ShouldBeEmpty();
            scenario.Info(file).Potentials.Count.ShouldBe(scenario.AllFiles - 1);
        }
    }

    [Fact]
    public void Clearing_all_false_positives_clears_one_relation_and_the_pair_is_found_again()
    {
        var fp = scenario.FalsePositives[0];
        scenario.Set(DuplicateRelationship.FalsePositive, King, fp);

        scenario.Store.ClearFalsePositives([King]).ShouldBe(1);
        scenario.Store.ScanForDuplicates(0);

        scenario.Info(King).FalsePositives.ShouldBeEmpty();
        scenario.Info(fp).FalsePositives.ShouldBeEmpty();
        scenario.Info(King).Potentials.ShouldContain(fp);
    }

    [Fact]
    public void Clearing_false_positives_between_files_that_are_not_false_positives_clears_nothing()
    {
        var fp = scenario.FalsePositives[0];
        scenario.Set(DuplicateRelationship.FalsePositive, King, fp);

        scenario.Store.ClearFalsePositives([King, D[1]], onlyBetweenThem: true).ShouldBe(0);

        scenario.Info(King).FalsePositives.ShouldBe([fp]);
    }

    [Fact]
    public void Clearing_false_positives_between_the_two_files_clears_their_relation()
    {
        var fp = scenario.FalsePositives[0];
        scenario.Set(DuplicateRelationship.FalsePositive, King, fp);

        scenario.Store.ClearFalsePositives([King, fp], onlyBetweenThem: true).ShouldBe(1);

        scenario.Info(King).FalsePositives.ShouldBeEmpty();
    }

    [Fact]
    public void Remove_alternate_leaves_the_others_alternates()
    {
        scenario.Set(DuplicateRelationship.Alternates, King, D[1]);
        scenario.Set(DuplicateRelationship.Alternates, King, D[2]);
        scenario.Info(King).Alternates.ShouldBe([D[1], D[2]], ignoreOrder: true);

        scenario.Store.RemoveFromAlternateGroup([D[1]]);
        scenario.Store.ScanForDuplicates(0);

        scenario.Info(King).Alternates.ShouldBe([D[2]]);
        scenario.Info(D[1]).Alternates.ShouldBeEmpty();
        scenario.Info(King).Potentials.ShouldContain(D[1]);
        scenario.Info(King).Potentials.ShouldNotContain(D[2]);
    }

    [Fact]
    public void Dissolving_the_alternate_group_also_dissolves_its_duplicate_groups()
    {
        EstablishKingWithDuplicateAndTwoAlternates();

        scenario.Store.DissolveAlternateGroup([King]);
        scenario.Store.ScanForDuplicates(0);

        var info = scenario.Info(King);
        new[] { info.Duplicates, info.Alternates, info.FalsePositives }.ShouldAllBe(list => list.Count == 0);
        info.Potentials.ShouldContain(D[3]);
        scenario.Info(D[1]).Alternates.ShouldBeEmpty();
        info.Potentials.Count.ShouldBe(scenario.AllFiles - 1);
    }

    [Fact]
    public void Dissolving_the_duplicate_group_leaves_the_other_alternates_together()
    {
        EstablishKingWithDuplicateAndTwoAlternates();

        scenario.Store.DissolveDuplicateGroup([King]);
        scenario.Store.ScanForDuplicates(0);

        var king = scenario.Info(King);
        new[] { king.Duplicates, king.Alternates }.ShouldAllBe(list => list.Count == 0);
        king.Potentials.ShouldContain(D[3]);
        scenario.Info(D[3]).King.ShouldBe(D[3]);
        scenario.Info(D[1]).Alternates.ShouldBe([D[2]]);
        scenario.Info(D[1]).Potentials.ShouldContain(King);
    }

    [Fact]
    public void Undoing_on_a_file_never_seen_by_the_duplicates_system_does_nothing()
    {
        var unknown = FileHash.Of([4, 2]);

        scenario.Store.RemoveFromDuplicateGroup([unknown]);
        scenario.Store.DissolveAlternateGroup([unknown]);

        scenario.Store.ClearFalsePositives([unknown]).ShouldBe(0);
        scenario.PotentialCount.ShouldBe(435);
    }

    private void EstablishKingWithDuplicateAndTwoAlternates()
    {
        scenario.Set(DuplicateRelationship.Better, King, D[3]);
        scenario.Set(DuplicateRelationship.Alternates, King, D[1]);
        scenario.Set(DuplicateRelationship.Alternates, King, D[2]);
        var info = scenario.Info(King);
        info.Duplicates.ShouldBe([D[3]]);
        info.Alternates.ShouldBe([D[1], D[2]], ignoreOrder: true);
    }

    public void Dispose() => scenario.Dispose();
}
