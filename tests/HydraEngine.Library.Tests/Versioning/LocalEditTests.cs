using HydraEngine.Library.Importing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Library.Versioning;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Tests.Versioning;

public sealed class LocalEditTests
{
    [Fact]
    public void An_edit_stores_a_local_edit_version_on_the_upstream_version()
    {
        using var temp = Demo();
        var made = temp.Library.Edit(Fixtures.GugName, [FieldAssignment.Parse("example_search_text=green_eyes")]);
        (made.Version, made.Origin, made.LocalEditBase).ShouldBe((2, VersionOrigin.LocalEdit, 1));
        Gug(temp).ExampleSearchText.ShouldBe("green_eyes");
    }

    [Fact]
    public void An_edit_of_an_unknown_field_names_the_fields_and_changes_nothing()
    {
        using var temp = Demo();
        var before = LibraryDump.Of(temp.DatabasePath);
        Should.Throw<LibraryException>(() => temp.Library.Edit(Fixtures.GugName, [FieldAssignment.Parse("colour=red")])).Message.ShouldContain("url_template");
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void An_edit_that_breaks_the_gug_is_refused_and_changes_nothing()
    {
        using var temp = Demo();
        var before = LibraryDump.Of(temp.DatabasePath);
        Should.Throw<LibraryException>(() => temp.Library.Edit(Fixtures.GugName, [FieldAssignment.Parse("replacement_phrase=")])).Message.ShouldContain("no replacement phrase");
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void An_edit_from_a_file_replaces_the_object_as_a_local_edit()
    {
        using var temp = Demo();
        var path = temp.WriteFile("edited.hydrus.json", Fixtures.Gug with { InitialSearchText = "type tags here" });
        temp.Library.EditFrom(Fixtures.GugName, path).Origin.ShouldBe(VersionOrigin.LocalEdit);
        Gug(temp).InitialSearchText.ShouldBe("type tags here");
    }

    [Fact]
    public void An_edit_from_a_file_holding_another_object_is_refused()
    {
        using var temp = Demo();
        var path = temp.WriteFile("other.hydrus.json", Fixtures.GugNamed("someone else"));
        Should.Throw<LibraryException>(() => temp.Library.EditFrom(Fixtures.GugName, path)).Message.ShouldContain("keeps the object's kind and name");
    }

    [Fact]
    public void An_upstream_update_of_other_fields_keeps_the_local_edit()
    {
        using var temp = Edited();
        var plan = temp.Library.Plan(Fixtures.Gug with { InitialSearchText = "new upstream prompt" });
        plan.Changes.Single().LocalEdit.ShouldNotBeNull().Conflicts.ShouldBeEmpty();
        temp.Library.ApplyImport(plan).LocalEditsReapplied.ShouldBe(1);
        var gug = Gug(temp);
        (gug.ExampleSearchText, gug.InitialSearchText).ShouldBe(("green_eyes", "new upstream prompt"));
    }

    [Fact]
    public void The_reapplied_edit_sits_on_the_new_upstream_version_in_the_history()
    {
        using var temp = Edited();
        temp.Library.ImportObjects(Fixtures.Gug with { InitialSearchText = "new upstream prompt" });
        temp.Library.History(Fixtures.GugName).Select(version => (version.Version, version.Origin, version.LocalEditBase))
            .ShouldBe([(1, VersionOrigin.Import, null), (2, VersionOrigin.LocalEdit, 1), (3, VersionOrigin.Import, null), (4, VersionOrigin.LocalEdit, 3)]);
    }

    [Fact]
    public void A_conflicting_upstream_update_keeps_the_upstream_value()
    {
        using var temp = Edited();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "upstream_choice" }).LocalEditsSetAside.ShouldBe(1);
        Gug(temp).ExampleSearchText.ShouldBe("upstream_choice");
    }

    [Fact]
    public void A_conflicting_local_edit_is_set_aside_and_shown()
    {
        using var temp = Edited();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "upstream_choice" });
        var aside = temp.Library.Show(Fixtures.GugName).SetAside.Single();
        aside.Conflicts.Single().ShouldBe(new HydraEngine.Library.FieldConflict("/example_search_text", "\"green_eyes\"", "\"upstream_choice\""));
        aside.NativeJson.ShouldContain("green_eyes");
    }

    [Fact]
    public void The_plan_reports_a_local_edit_conflict()
    {
        using var temp = Edited();
        temp.Library.Plan(Fixtures.Gug with { ExampleSearchText = "upstream_choice" }).Codes().ShouldContain(LibraryDiagnosticCodes.LocalEditConflict);
    }

    [Fact]
    public void Reimporting_the_unchanged_upstream_keeps_the_local_edit()
    {
        using var temp = Edited();
        temp.Library.Plan(Fixtures.Gug).Changes.Single().Action.ShouldBe(ImportAction.Identical);
    }

    [Fact]
    public void An_upstream_that_adopts_the_local_edit_ends_the_local_edit()
    {
        using var temp = Edited();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "green_eyes" }).LocalEditsReapplied.ShouldBe(0);
        temp.Library.Get(Fixtures.GugName).LocalEditBase.ShouldBeNull();
    }

    [Fact]
    public void Rolling_back_to_a_local_edit_keeps_it_a_local_edit()
    {
        using var temp = Edited();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "upstream_choice" });
        temp.Library.Rollback(Fixtures.GugName, 2).LocalEditBase.ShouldBe(1);
    }

    private static GalleryUrlGenerator Gug(TempLibrary temp) => (GalleryUrlGenerator)temp.Library.Get(Fixtures.GugName).Definition;

    private static TempLibrary Demo()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        return temp;
    }

    private static TempLibrary Edited()
    {
        var temp = Demo();
        temp.Library.Edit(Fixtures.GugName, [FieldAssignment.Parse("example_search_text=green_eyes")]);
        return temp;
    }
}
