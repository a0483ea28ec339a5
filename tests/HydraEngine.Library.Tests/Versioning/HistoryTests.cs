using HydraEngine.Testing;
using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Versioning;

public sealed class HistoryTests
{
    [Fact]
    public void History_lists_every_version_with_its_origin_and_marks_the_current_one()
    {
        using var temp = TwoVersions();
        temp.Library.Rollback(Fixtures.GugName, 1);
        temp.Library.History(Fixtures.GugName).Select(version => (version.Version, version.Origin, version.IsCurrent))
            .ShouldBe([(1, VersionOrigin.Import, false), (2, VersionOrigin.Import, false), (3, VersionOrigin.Rollback, true)]);
    }

    [Fact]
    public void Versions_are_dated_by_the_engine_clock_imports_and_rollbacks_alike()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2031-02-03T04:05:06Z", System.Globalization.CultureInfo.InvariantCulture));
        using var temp = new TempLibrary(clock);
        temp.Library.ImportDemo();
        clock.Advance(TimeSpan.FromDays(3));

        temp.Library.Edit(Fixtures.GugName, [HydraEngine.Library.Versioning.FieldAssignment.Parse("example_search_text=red_hair")]);

        temp.Library.History(Fixtures.GugName).Select(version => version.CreatedAt)
            .ShouldBe([clock.GetUtcNow().AddDays(-3), clock.GetUtcNow()]);
    }

    [Fact]
    public void History_records_the_source_file_and_a_hash_of_the_canonical_json()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        var version = temp.Library.History(Fixtures.GugName).Single();
        version.Source.ShouldNotBeNull().ShouldEndWith("fixture booru tag search.hydrus.json");
        version.Sha256.Length.ShouldBe(64);
    }

    [Fact]
    public void Diff_by_default_compares_the_previous_version_with_the_current_one()
    {
        using var temp = TwoVersions();
        var diff = temp.Library.Diff(Fixtures.GugName);
        (diff.From.Version, diff.To.Version).ShouldBe((1, 2));
        diff.Changes.Single().Path.ShouldBe("/example_search_text");
        diff.Lines.ShouldContain("-  \"example_search_text\": \"blue_eyes smile\"");
        diff.Lines.ShouldContain("+  \"example_search_text\": \"red_hair\"");
    }

    [Fact]
    public void Diff_compares_the_two_versions_asked_for()
    {
        using var temp = TwoVersions();
        temp.Library.Rollback(Fixtures.GugName, 1);
        temp.Library.Diff(Fixtures.GugName, 1, 3).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Diff_of_an_object_with_one_version_explains_there_is_nothing_to_compare()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        Should.Throw<LibraryException>(() => temp.Library.Diff(Fixtures.GugName)).Message.ShouldContain("only one version");
    }

    [Fact]
    public void Rollback_makes_the_old_version_current_as_a_new_version()
    {
        using var temp = TwoVersions();
        var made = temp.Library.Rollback(Fixtures.GugName, 1);
        made.Version.ShouldBe(3);
        temp.Library.Get(Fixtures.GugName).Definition.ShouldBe(Fixtures.Gug);
    }

    [Fact]
    public void Rollback_to_a_version_that_does_not_exist_changes_nothing()
    {
        using var temp = TwoVersions();
        var before = LibraryDump.Of(temp.DatabasePath);
        Should.Throw<LibraryException>(() => temp.Library.Rollback(Fixtures.GugName, 7)).Message.ShouldContain("versions are 1 to 2");
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void Rollback_to_the_current_version_is_refused()
    {
        using var temp = TwoVersions();
        Should.Throw<LibraryException>(() => temp.Library.Rollback(Fixtures.GugName, 2)).Message.ShouldContain("already current");
    }

    [Fact]
    public void A_name_used_by_two_kinds_asks_for_the_kind()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.Gallery, Fixtures.GugNamed(Fixtures.Gallery.Name));
        Should.Throw<LibraryException>(() => temp.Library.History(Fixtures.Gallery.Name)).Message.ShouldContain("--kind gug or --kind url_class");
        temp.Library.History(Fixtures.Gallery.Name, LibraryKind.Gug).Count.ShouldBe(1);
    }

    [Fact]
    public void An_unknown_name_suggests_close_names()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        Should.Throw<LibraryException>(() => temp.Library.History("tag search")).Message.ShouldContain($"'{Fixtures.GugName}' (gug)");
    }

    private static TempLibrary TwoVersions()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.ImportObjects(Fixtures.Gug with { ExampleSearchText = "red_hair" });
        return temp;
    }
}
