using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Library.Tests.Corpus;

/// <summary>hydrus's default downloaders, a community update of one of them, and a rollback, on a real SQLite file.</summary>
public sealed class DefaultsEndToEndTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void All_default_pngs_import_in_one_go_without_errors()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.PlanImport(CorpusFiles.Defaults);
        plan.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).GroupBy(d => d.Code).ToList().ForEach(group => output.WriteLine($"{group.Key}: {group.Count()}"));
        plan.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var outcome = temp.Library.ApplyImport(plan);
        outcome.Added.ShouldBe(plan.Changes.Count(change => change.Action == ImportAction.New));
        temp.Library.List().Count.ShouldBe(outcome.Added);
    }

    [CorpusFact]
    public void A_community_png_replaces_the_same_named_default_and_becomes_current()
    {
        using var temp = Defaults();
        var plan = temp.Library.PlanImport([CorpusFiles.PathOf(CorpusFiles.CommunityParser)]);
        plan.Changes.Single().ShouldSatisfyAllConditions(
            change => change.Action.ShouldBe(ImportAction.Replace),
            change => change.Name.ShouldBe(CorpusFiles.ReplacedParserName),
            change => change.Changes.ShouldNotBeEmpty());
        temp.Library.ApplyImport(plan);
        var current = temp.Library.Get(CorpusFiles.ReplacedParserName, LibraryKind.Parser);
        current.Version.ShouldBe(2);
        current.Definition.ShouldBe(plan.Changes.Single().Incoming);
    }

    [CorpusFact]
    public void Rolling_back_the_community_update_restores_the_default()
    {
        using var temp = Defaults();
        var original = temp.Library.Get(CorpusFiles.ReplacedParserName, LibraryKind.Parser).Definition;
        temp.Library.Import([CorpusFiles.PathOf(CorpusFiles.CommunityParser)]);
        temp.Library.Rollback(CorpusFiles.ReplacedParserName, 1, LibraryKind.Parser).Version.ShouldBe(3);
        temp.Reopen().Get(CorpusFiles.ReplacedParserName, LibraryKind.Parser).Definition.ShouldBe(original);
        temp.Library.Diff(CorpusFiles.ReplacedParserName, 1, 3, LibraryKind.Parser).Changes.ShouldBeEmpty();
    }

    [CorpusFact]
    public void After_the_update_and_rollback_the_url_still_finds_the_same_parser()
    {
        using var temp = Defaults();
        const string url = "https://www.hentai-foundry.com/pictures/user/LittlePaw/554706/Serpent-Girl";
        var before = temp.Library.LookupUrl(url);
        temp.Library.Import([CorpusFiles.PathOf(CorpusFiles.CommunityParser)]);
        temp.Library.Rollback(CorpusFiles.ReplacedParserName, 1, LibraryKind.Parser);
        before.Parser.ShouldBe(CorpusFiles.ReplacedParserName);
        temp.Library.LookupUrl(url).ShouldBe(before);
    }

    [CorpusFact]
    public void Reimporting_the_defaults_changes_nothing()
    {
        using var temp = Defaults();
        var before = LibraryDump.Of(temp.DatabasePath);
        var plan = temp.Library.PlanImport(CorpusFiles.Defaults);
        plan.CanApply.ShouldBeFalse();
        plan.Changes.Where(change => change.Action != ImportAction.DuplicateInPayload).ShouldAllBe(change => change.Action == ImportAction.Identical);
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    internal static TempLibrary Defaults()
    {
        var temp = new TempLibrary();
        temp.Library.ApplyImport(temp.Library.PlanImport(CorpusFiles.Defaults));
        return temp;
    }
}
