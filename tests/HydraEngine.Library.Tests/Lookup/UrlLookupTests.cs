using HydraEngine.Library.Lookup;
using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Lookup;

public sealed class UrlLookupTests
{
    [Fact]
    public void A_post_url_gets_its_class_normalised_url_fetch_url_and_parser()
    {
        using var temp = Demo();
        temp.Library.LookupUrl("https://127.0.0.1:8089/post/7#top").ShouldBe(new UrlLookup(
            "https://127.0.0.1:8089/post/7#top", Fixtures.PostPageName, "post", "http://127.0.0.1:8089/post/7", "http://127.0.0.1:8089/post/7", null, Fixtures.ParserName, null));
    }

    [Fact]
    public void An_unknown_url_is_fetched_as_given_with_no_class_or_parser()
    {
        using var temp = Demo();
        temp.Library.LookupUrl("https://example.com/a b").ShouldBe(new UrlLookup(
            "https://example.com/a b", null, null, "https://example.com/a%20b", "https://example.com/a b", null, null, null));
    }

    [Fact]
    public void A_class_with_no_parser_says_so()
    {
        using var temp = Demo();
        temp.Library.ImportObjects(Fixtures.Gallery);
        var lookup = temp.Library.LookupUrl("http://127.0.0.1:8089/posts?page=1&tags=x");
        (lookup.UrlClass, lookup.UrlType, lookup.Parser).ShouldBe((Fixtures.Gallery.Name, "gallery", null));
        lookup.Problem.ShouldNotBeNull().ShouldContain("Could not find a parser");
    }

    [Fact]
    public void A_manual_link_to_no_parser_overrides_automatic_linking()
    {
        using var temp = Demo();
        temp.Library.Link(Fixtures.PostPageName, null);
        temp.Library.LookupUrl("http://127.0.0.1:8089/post/7").Parser.ShouldBeNull();
    }

    [Fact]
    public void A_manual_link_names_the_parser_to_use()
    {
        using var temp = Demo();
        temp.Library.ImportObjects(Fixtures.Parser with { Name = "another parser", Key = new string('f', 64), ExampleUrls = [] });
        temp.Library.Link(Fixtures.PostPageName, "another parser");
        temp.Library.LookupUrl("http://127.0.0.1:8089/post/7").Parser.ShouldBe("another parser");
    }

    [Fact]
    public void Removing_a_manual_link_restores_automatic_linking()
    {
        using var temp = Demo();
        temp.Library.Link(Fixtures.PostPageName, null);
        temp.Library.Unlink(Fixtures.PostPageName).ShouldBeTrue();
        temp.Library.LookupUrl("http://127.0.0.1:8089/post/7").Parser.ShouldBe(Fixtures.ParserName);
    }

    [Fact]
    public void Show_tells_which_parser_parses_a_class_and_whether_the_link_is_manual()
    {
        using var temp = Demo();
        temp.Library.Show(Fixtures.PostPageName).ShouldSatisfyAllConditions(
            details => details.LinkedParser.ShouldBe(Fixtures.ParserName),
            details => details.ManualLink.ShouldBeFalse());
        temp.Library.Show(Fixtures.ParserName).LinkedUrlClasses.ShouldBe([Fixtures.PostPageName]);
    }

    [Fact]
    public void The_snapshot_is_reused_until_the_library_changes()
    {
        using var temp = Demo();
        var first = temp.Library.Snapshot();
        temp.Reopen().Snapshot().ShouldBeSameAs(first);
        temp.Library.ImportObjects(Fixtures.Gallery);
        temp.Library.Snapshot().ShouldNotBeSameAs(first);
    }

    private static TempLibrary Demo()
    {
        var temp = new TempLibrary();
        temp.Library.ImportDemo();
        return temp;
    }
}
