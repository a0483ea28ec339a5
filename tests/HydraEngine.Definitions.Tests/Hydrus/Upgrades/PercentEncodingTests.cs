using HydraEngine.Model.Text;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>hydrus's URL component encoding (objects.md §14).</summary>
public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("ü", "%C3%BC")]
    [InlineData("a b", "a%20b")]
    [InlineData("t[id]", "t%5Bid%5D")]
    [InlineData("a/b?c=d&e", "a/b?c=d&e")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("", "")]
    public void Parameter_EncodesUtf8OutsideTheSafeSet(string text, string expected) =>
        PercentEncoding.EnsureParameterComponentEncoded(text).ShouldBe(expected);

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a:b@c!$&'()*+,;=", "a:b@c!$&'()*+,;=")]
    public void Path_also_encodes_slash_and_question_mark(string text, string expected) =>
        PercentEncoding.EnsurePathComponentEncoded(text).ShouldBe(expected);

    [Theory]
    [InlineData("%C3%BC")]
    [InlineData("%c3%bc")]
    [InlineData("a%20b%2F")]
    public void Ensure_keeps_existing_escapes_as_written(string encoded) =>
        PercentEncoding.EnsureParameterComponentEncoded(encoded).ShouldBe(encoded);

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("%zz", "%25zz")]
    [InlineData("%4", "%254")]
    [InlineData("%%41", "%25%41")]
    public void Ensure_encodes_percent_signs_that_start_no_escape(string text, string expected) =>
        PercentEncoding.EnsureParameterComponentEncoded(text).ShouldBe(expected);

    [Fact]
    public void Ensure_treats_a_digit_pair_after_percent_as_an_escape_like_hydrus() =>
        PercentEncoding.EnsureParameterComponentEncoded("120%120%hello").ShouldBe("120%120%25hello");

    [Theory]
    [InlineData("ü a%zz/")]
    [InlineData("t[id]=x y")]
    public void Ensure_IsIdempotent(string text)
    {
        var once = PercentEncoding.EnsurePathComponentEncoded(text);
        PercentEncoding.EnsurePathComponentEncoded(once).ShouldBe(once);
    }

    [Fact]
    public void Ensure_custom_safe_set_ignores_non_ascii_characters() =>
        PercentEncoding.EnsureEncoded("a+ü", "+ü").ShouldBe("a+%C3%BC");

    [Fact]
    public void Ensure_returns_the_same_instance_when_nothing_changes()
    {
        const string text = "already_fine-1.2~";
        PercentEncoding.EnsureParameterComponentEncoded(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Ensure_lone_surrogate_is_rejected() =>
        Should.Throw<ArgumentException>(() => PercentEncoding.EnsureParameterComponentEncoded("a\uD800b"));

    [Theory]
    [InlineData("a/b c", "a%2Fb%20c")]
    [InlineData("%41", "%2541")]
    [InlineData("A-z_0.9~", "A-z_0.9~")]
    [InlineData("!*'", "%21%2A%27")]
    public void Encode_all_keeps_only_unreserved_characters(string text, string expected) =>
        PercentEncoding.PercentEncodeAll(text).ShouldBe(expected);
}
