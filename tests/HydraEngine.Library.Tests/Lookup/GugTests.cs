using HydraEngine.Library.Tests.Support;

namespace HydraEngine.Library.Tests.Lookup;

public sealed class GugTests
{
    [Fact]
    public void A_gug_makes_its_gallery_url()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportDemo();
        temp.Library.GalleryUrls(Fixtures.GugName, "blue_eyes smile").ShouldBe(["http://127.0.0.1:8089/posts?page=1&tags=blue_eyes+smile"]);
    }

    [Fact]
    public void A_nested_gug_makes_one_url_per_member_in_order()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.Gug, Fixtures.GugNamed("second", "http://127.0.0.1:8089/search/%tags%"), Fixtures.Nested("both", Fixtures.GugName, "second"));
        temp.Library.GalleryUrls("both", "a b").ShouldBe(["http://127.0.0.1:8089/posts?page=1&tags=a+b", "http://127.0.0.1:8089/search/a+b"]);
    }

    [Fact]
    public void An_unknown_gug_is_a_clear_error()
    {
        using var temp = new TempLibrary();
        Should.Throw<LibraryException>(() => temp.Library.GalleryUrls("nothing", "x")).Message.ShouldContain("no GUG or nested GUG named 'nothing'");
    }
}
