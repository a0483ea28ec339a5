using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Importing;

/// <summary>Each kind of bad input gets a diagnostic and leaves every library row as it was.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_gug_with_no_replacement_phrase_is_an_error_and_changes_nothing()
    {
        using var temp = Demo();
        AssertRefused(temp, LibraryDiagnosticCodes.GugNoReplacementPhrase, Fixtures.GugNamed("broken", phrase: ""));
    }

    [Fact]
    public void A_gug_whose_phrase_is_not_in_its_template_is_an_error_and_changes_nothing()
    {
        using var temp = Demo();
        AssertRefused(temp, LibraryDiagnosticCodes.GugPhraseNotInTemplate, Fixtures.GugNamed("broken", template: "http://127.0.0.1:8089/posts"));
    }

    [Fact]
    public void A_nested_gug_naming_a_gug_nobody_has_is_an_error_and_changes_nothing()
    {
        using var temp = Demo();
        AssertRefused(temp, LibraryDiagnosticCodes.NestedGugMissingMember, Fixtures.Bundle(Fixtures.Nested("both sites", Fixtures.GugName, "no such gug")));
    }

    [Fact]
    public void Nested_gugs_in_a_circle_are_an_error_and_change_nothing()
    {
        using var temp = Demo();
        AssertRefused(temp, LibraryDiagnosticCodes.NestedGugCycle, Fixtures.Bundle(Fixtures.Nested("ring a", "ring b"), Fixtures.Nested("ring b", "ring a")));
    }

    [Fact]
    public void A_nested_gug_naming_itself_is_an_error_and_changes_nothing()
    {
        using var temp = Demo();
        AssertRefused(temp, LibraryDiagnosticCodes.NestedGugCycle, Fixtures.Nested("selfish", "selfish"));
    }

    [Fact]
    public void A_file_that_is_not_a_definition_is_an_error_and_changes_nothing()
    {
        using var temp = Demo();
        var before = LibraryDump.Of(temp.DatabasePath);
        var path = Path.Combine(temp.Folder, "garbage.json");
        File.WriteAllText(path, "<html>not a downloader</html>");
        var plan = temp.Library.PlanImport([path, .. Fixtures.DemoFiles]);
        plan.HasErrors.ShouldBeTrue();
        Should.Throw<LibraryException>(() => temp.Library.ApplyImport(plan));
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    [Fact]
    public void A_bad_object_blocks_the_good_objects_of_the_same_import()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.Gallery, Fixtures.GugNamed("broken", phrase: ""));
        plan.CanApply.ShouldBeFalse();
        Should.Throw<LibraryException>(() => temp.Library.ApplyImport(plan));
        temp.Library.List().ShouldBeEmpty();
    }

    [Fact]
    public void A_nested_gug_may_name_a_gug_already_in_the_library()
    {
        using var temp = Demo();
        temp.Library.Plan(Fixtures.Nested("both", Fixtures.GugName)).HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void A_url_class_whose_example_no_parser_handles_is_not_an_error()
    {
        using var temp = new TempLibrary();
        var plan = temp.Library.Plan(Fixtures.Gallery);
        plan.Diagnostics.ShouldBeEmpty();
        temp.Library.ApplyImport(plan).Added.ShouldBe(1);
    }

    [Fact]
    public void A_url_lookup_of_text_that_is_not_a_url_says_so_and_changes_nothing()
    {
        using var temp = Demo();
        var before = LibraryDump.Of(temp.DatabasePath);
        var lookup = temp.Library.LookupUrl("not a url");
        (lookup.UrlClass, lookup.Normalised, lookup.FetchUrl, lookup.Parser).ShouldBe((null, null, null, null));
        lookup.Problem.ShouldNotBeNull().ShouldContain("is not a URL");
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }

    private static TempLibrary Demo()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        return temp;
    }

    private static void AssertRefused(TempLibrary temp, string code, HydraEngine.Model.Common.Definition definition)
    {
        var before = LibraryDump.Of(temp.DatabasePath);
        var plan = temp.Library.Plan(definition);
        plan.Diagnostics.ShouldContain(diagnostic => diagnostic.Code == code && diagnostic.Severity == DiagnosticSeverity.Error);
        Should.Throw<LibraryException>(() => temp.Library.ApplyImport(plan));
        LibraryDump.Of(temp.DatabasePath).ShouldBe(before);
    }
}
