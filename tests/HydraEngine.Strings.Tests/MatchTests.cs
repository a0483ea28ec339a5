using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>String Match behaviour beyond the vectors.</summary>
public sealed class MatchTests
{
    [Fact]
    public void An_unknown_flexible_class_matches_everything()
    {
        StringMatching.Matches(new StringMatch(StringMatchType.Flexible, "9", null, null, "x"), "anything at all").ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_match_type_passes()
    {
        StringMatching.Matches(new StringMatch((StringMatchType)7, "zzz", null, null, "x"), "abc").ShouldBeTrue();
    }

    [Theory]
    [InlineData("ab\u2028cd")]
    [InlineData("ab\r\ncd")]
    [InlineData("\u3000abcd\u00a0")]
    [InlineData("ab\u001ccd")]
    public void Regex_sees_text_without_line_breaks_and_python_whitespace_stripped(string text)
    {
        StringMatching.Matches(new StringMatch(StringMatchType.Regex, "^abcd$", null, null, "x"), text).ShouldBeTrue();
    }

    [Fact]
    public void Length_limits_use_the_raw_text()
    {
        StringMatching.Matches(new StringMatch(StringMatchType.Regex, "^a$", null, 2, "x"), " a ").ShouldBeFalse();
    }

    [Fact]
    public void Numeric_accepts_unicode_digits()
    {
        StringMatching.Matches(new StringMatch(StringMatchType.Flexible, "numeric", null, null, "x"), "١٢٣").ShouldBeTrue();
    }

    [Fact]
    public void Fixed_compares_ordinally()
    {
        StringMatching.Matches(new StringMatch(StringMatchType.Fixed, "e\u0301", null, null, "x"), "é").ShouldBeFalse();
    }
}
