using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Tests.Importing;

public sealed class UrlClassOverlapTests
{
    [Fact]
    public void Two_classes_that_match_each_others_example_are_reported_as_duplicates()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.PostPage);
        var plan = temp.Library.Plan(Fixtures.PostPage with { Name = "fixture booru post page (new name)", Key = new string('d', 64) });
        plan.Codes().ShouldContain(LibraryDiagnosticCodes.DuplicateUrlClasses);
        plan.CanApply.ShouldBeTrue();
    }

    [Fact]
    public void A_class_a_more_specific_one_beats_on_its_own_example_is_reported_as_shadowed()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.PostPage);
        var loose = Fixtures.PostPage with
        {
            Name = "fixture booru any page",
            Key = new string('e', 64),
            PathComponents = [new PathComponent(StringMatch.Any, null)],
            Parameters = [new UrlClassParameter("foo", StringMatch.Any, false, null, StringProcessor.Empty)],
            ExampleUrl = "http://127.0.0.1:8089/post/5?foo=1",
        };
        temp.Library.Plan(loose).Diagnostics.ShouldContain(diagnostic => diagnostic.Code == LibraryDiagnosticCodes.ShadowedUrlClass && diagnostic.Message.Contains("'fixture booru any page' can never win"));
    }

    [Fact]
    public void Unrelated_classes_are_not_reported()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.PostPage);
        temp.Library.Plan(Fixtures.Gallery).Diagnostics.ShouldBeEmpty();
    }
}
