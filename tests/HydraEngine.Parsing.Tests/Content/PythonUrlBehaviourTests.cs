using HydraEngine.Parsing.Content;

namespace HydraEngine.Parsing.Tests.Content;

/// <summary>Parsed URLs made absolute as hydrus does on Python 3.11 (urlsplit's stripping and netloc checks, hydrus's NFKC netloc).</summary>
public sealed class PythonUrlBehaviourTests
{
    private const string Page = "https://example.com/";

    [Theory]
    [InlineData(" .", "https://example.com/")]
    [InlineData(" 1", "https://example.com/1")]
    [InlineData("\x01\x1f a/b", "https://example.com/a/b")]
    public void Leading_spaces_and_control_characters_are_stripped_before_joining(string parsed, string expected) =>
        ContentTextCleaning.CleanUrl(parsed, Page).ShouldBe(expected);

    [Fact]
    public void A_fullwidth_host_is_nfkc_normalised() => ContentTextCleaning.CleanUrl("//\uff45", Page).ShouldBe("https://e/");

    [Fact]
    public void A_combining_mark_after_the_host_composes() => ContentTextCleaning.CleanUrl("https://cafe\u0301.com/x", Page).ShouldBe("https://caf\u00e9.com/x");

    [Theory]
    [InlineData("http://[x]/a")]
    [InlineData("https://example.com[]")]
    [InlineData("http://[1.2.3.4]/")]
    public void A_bracketed_host_that_is_not_ipv6_is_kept_as_parsed(string parsed) => ContentTextCleaning.CleanUrl(parsed, Page).ShouldBe(parsed);

    [Fact]
    public void A_bracketed_ipv6_host_is_a_url() => ContentTextCleaning.CleanUrl("//[::1]:8080/a b", Page).ShouldBe("https://[::1]:8080/a%20b");
}
