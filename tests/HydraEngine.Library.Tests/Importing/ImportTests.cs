using HydraEngine.Library.Importing;
using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Importing;

public sealed class ImportTests
{
    [Fact]
    public void Importing_the_demo_adds_each_object_as_version_one()
    {
        using var temp = new TempLibrary();
        var outcome = temp.Library.ImportDemo();
        outcome.Added.ShouldBe(3);
        temp.Library.List().Select(item => (item.Name, item.CurrentVersion, item.Origin))
            .ShouldBe([(Fixtures.GugName, 1, VersionOrigin.Import), (Fixtures.ParserName, 1, VersionOrigin.Import), (Fixtures.PostPageName, 1, VersionOrigin.Import)], ignoreOrder: true);
    }

    [Fact]
    public void Planning_writes_nothing()
    {
        using var temp = new TempLibrary();
        var before = LibraryDump.Of(temp.DatabasePath);
        temp.Library.PlanImport(Fixtures.DemoFiles).CanApply.ShouldBeTrue();
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void The_plan_says_what_each_file_holds()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.PlanImport(Fixtures.DemoFiles);
        plan.Files.Select(file => file.Description).ShouldBe(["Page Parser", "URL Class", "Gallery URL Generator"], ignoreOrder: true);
        plan.Changes.ShouldAllBe(change => change.Action == ImportAction.New);
    }

    [Fact]
    public void Stored_objects_load_back_equal_to_what_was_imported()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Reopen().Get(Fixtures.ParserName).Definition.ShouldBe(Fixtures.Parser);
    }

    [Fact]
    public void Reimporting_the_same_objects_skips_them_as_identical()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        var plan = temp.Library.PlanImport(Fixtures.DemoFiles);
        plan.Changes.ShouldAllBe(change => change.Action == ImportAction.Identical);
        plan.CanApply.ShouldBeFalse();
    }

    [Fact]
    public void An_object_that_differs_only_in_its_key_is_identical()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.Plan(Fixtures.Gug with { Key = new string('9', 64) }).Changes.Single().Action.ShouldBe(ImportAction.Identical);
    }

    [Fact]
    public void A_changed_object_replaces_the_same_named_one_and_becomes_current()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        var fixedGug = Fixtures.Gug with { UrlTemplate = "http://127.0.0.1:8089/posts?page=2&tags=%tags%" };
        temp.Library.ImportObjects(fixedGug).Replaced.ShouldBe(1);
        var current = temp.Library.Get(Fixtures.GugName);
        (current.Version, current.Definition).ShouldBe((2, fixedGug));
    }

    [Fact]
    public void A_replacement_keeps_the_old_version_in_the_history()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "red_hair" });
        temp.Library.GetVersion(Fixtures.GugName, 1).ShouldBe(Fixtures.Gug);
    }

    [Fact]
    public void The_plan_summarises_the_fields_a_replacement_changes()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        var change = temp.Library.Plan(Fixtures.Gug with { ExampleSearchText = "red_hair", SearchTermsSeparator = "%20" }).Changes.Single();
        (change.Action, change.ReplacesVersion).ShouldBe((ImportAction.Replace, 1));
        change.Changes.Select(field => field.Path).ShouldBe(["/search_terms_separator", "/example_search_text"]);
    }

    [Fact]
    public void The_first_object_of_a_name_in_one_import_wins()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.Gug, Fixtures.Gug with { ExampleSearchText = "second" });
        plan.Changes.Select(change => change.Action).ShouldBe([ImportAction.New, ImportAction.DuplicateInPayload]);
        plan.Codes().ShouldContain(LibraryDiagnosticCodes.DuplicateInPayload);
    }

    [Fact]
    public void Misc_objects_in_a_bundle_are_ignored_with_a_warning()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.Bundle(Fixtures.Gug, HydraEngine.Model.Network.CheckerOptions.Default));
        plan.Codes().ShouldContain(LibraryDiagnosticCodes.MiscObjectsIgnored);
        plan.CanApply.ShouldBeTrue();
    }

    [Fact]
    public void Applying_a_plan_made_before_another_change_is_refused()
    {
        using var temp = new TempLibrary();
        var stale = temp.Library.PlanImport(Fixtures.DemoFiles);
        temp.Library.ImportObjects(Fixtures.Gallery);
        var before = LibraryDump.Of(temp.DatabasePath);
        Should.Throw<LibraryException>(() => temp.Library.ApplyImport(stale)).Message.ShouldContain("changed since");
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void Every_import_raises_the_revision()
    {
        using var temp = new TempLibrary();
        var before = temp.Library.Revision;
        temp.Library.ImportDemo();
        temp.Library.Revision.ShouldBe(before + 1);
    }
}
