using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>Python <c>re.sub</c> semantics on .NET; every expected value was produced by CPython 3.11.</summary>
public sealed class PythonRegexTests
{
    [Theory]
    [InlineData(@"(?P<x>a)(b)", @"\2\1", "ab", "ba")]
    [InlineData(@"(?P<x>a)(b)", @"\g<2>\g<x>\g<0>", "ab", "baab")]
    [InlineData(@"(a)(?P<y>b)(c)", @"\3\2\1", "abc", "cba")]
    [InlineData(@"(a)(?P<x>b)\2", "X", "abb", "X")]
    [InlineData(@"(?P<x>a)|(?P<y>b)", @"<\g<x>|\g<y>>", "ab", "<a|><|b>")]
    [InlineData(@"(?P<n>a)(?P=n)", "X", "aa", "X")]
    [InlineData(@"(a)\1", "X", "aa", "X")]
    [InlineData(@"(a)(?(1)b|c)", "X", "ab", "X")]
    public void Groups_keep_python_numbering_and_names(string pattern, string replacement, string input, string expected)
    {
        PythonRegex.Substitute(pattern, replacement, input).ShouldBe(expected);
    }

    /// <summary>Expected values from CPython 3.11.2's <c>re.sub</c> (sre's <c>must_advance</c> after an empty match).</summary>
    [Theory]
    [InlineData(@"(?:\u0130)?|(\w+)\s+(\w+)", "", "nbsp\u00a0herecreator:\u0130", ":")]
    [InlineData("|a", "-", "abc", "---b-c-")]
    [InlineData("x*", "-", "abxd", "-a-b--d-")]
    [InlineData("(?:)|b", @"<\g<0>>", "abc", "<>a<><b><>c<>")]
    [InlineData("|\U0001F600", "-", "a\U0001F600b", "-a---b-")]
    public void After_an_empty_match_a_later_alternative_may_still_match_at_the_same_position(string pattern, string replacement, string input, string expected)
    {
        PythonRegex.Substitute(pattern, replacement, input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a{,2}", "aaaa", "XXX")]
    [InlineData("a{,}", "aaa", "XX")]
    [InlineData("a{2", "a{2", "X")]
    [InlineData("a{}", "a{}", "X")]
    [InlineData("x{1,2}", "xxx", "XX")]
    [InlineData("a++", "aa", "X")]
    [InlineData("(?:ab)*+", "ababa", "XXaX")]
    public void Repeats_follow_python(string pattern, string input, string expected)
    {
        PythonRegex.Substitute(pattern, "X", input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(@"\d+", "١٢3", "X")]
    [InlineData(@"\w+", "é_1 ǅ²", "X X")]
    [InlineData(@"\s", "a\u001cb\u3000c\u00a0d", "aXbXcXd")]
    [InlineData(@"(?a)\w+", "éa1", "éX")]
    [InlineData(@"[\w-]+", "a-b c", "X X")]
    [InlineData(@"[^\d]+", "ab12", "X12")]
    public void Character_classes_are_pythons_unicode_ones(string pattern, string input, string expected)
    {
        PythonRegex.Substitute(pattern, "X", input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(@"abc\Z", "abc\n", "abc\n")]
    [InlineData("abc$", "abc\n", "X\n")]
    [InlineData("(?i)ABC", "abc", "X")]
    [InlineData("(?x) a b # comment", "ab", "X")]
    [InlineData("(?#comment)(?i)a", "A", "X")]
    [InlineData("(?i:A)b", "ab AB", "X AB")]
    [InlineData("(?s).", "\n", "X")]
    [InlineData(".", "\n", "\n")]
    [InlineData("x*", "abxd", "XaXbXXdX")]
    [InlineData("", "ab", "XaXbX")]
    [InlineData(@"\bfoo\b", "a foo b", "a X b")]
    public void Anchors_flags_and_empty_matches_follow_python(string pattern, string input, string expected)
    {
        PythonRegex.Substitute(pattern, "X", input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("[]a]", "]a", "XX")]
    [InlineData("[a-]", "-a", "XX")]
    [InlineData("[[]", "[", "X")]
    [InlineData("[a-z-[aeiou]]", "b-[e]", "b-[X")]
    [InlineData(@"[\b]", "\b", "X")]
    [InlineData(@"\u00e9", "é", "X")]
    [InlineData(@"\U0001F600", "😀", "X")]
    [InlineData("😀+", "😀😀a", "Xa")]
    [InlineData(@"\U0001F600{2}", "😀😀😀", "X😀")]
    [InlineData(@"\0101", "\b1", "X")]
    [InlineData(@"\141", "a", "X")]
    [InlineData(@"\.", "a.b", "aXb")]
    [InlineData(@"\é", "é", "X")]
    [InlineData("a#b", "a#b", "X")]
    [InlineData("a b", "a b", "X")]
    [InlineData(@"\$", "$", "X")]
    public void Literals_and_sets_follow_python(string pattern, string input, string expected)
    {
        PythonRegex.Substitute(pattern, "X", input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a", @"\n\t\\", "a", "\n\t\\")]
    [InlineData("a", @"$1", "a", "$1")]
    [InlineData("a", "$", "a", "$")]
    [InlineData("a", @"\g<0>$0", "a", "a$0")]
    [InlineData("a", @"\101", "a", "A")]
    [InlineData("a", @"\0", "a", "\0")]
    [InlineData("a", @"\&", "a", @"\&")]
    [InlineData("(a)|b", @"[\1]", "ab", "[a][]")]
    public void Replacement_templates_follow_python(string pattern, string replacement, string input, string expected)
    {
        PythonRegex.Substitute(pattern, replacement, input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a", @"\q")]
    [InlineData("a", @"\x41")]
    [InlineData("(a)", @"\10")]
    [InlineData("(a)", @"\2")]
    [InlineData("(a)", @"\g<-1>")]
    [InlineData("(a)", @"\g<zz>")]
    [InlineData("a", "\\")]
    public void Invalid_replacement_templates_fail(string pattern, string replacement)
    {
        Should.Throw<StringProcessingException>(() => PythonRegex.Substitute(pattern, replacement, "zzz")).Code.ShouldBe(StringErrorCodes.RegexInvalid);
    }

    [Theory]
    [InlineData(@"\p{L}")]
    [InlineData(@"\k<x>")]
    [InlineData("(?<x>a)")]
    [InlineData(@"[a-\w]")]
    [InlineData("[z-a]")]
    [InlineData(@"\x")]
    [InlineData(@"\1(a)")]
    [InlineData(@"(a\1)")]
    [InlineData("(?P<1a>x)")]
    [InlineData("(?P<a>x)(?P<a>y)")]
    [InlineData("a{2,1}")]
    [InlineData("(?L)a")]
    [InlineData("a)")]
    [InlineData("*a")]
    [InlineData(@"\8")]
    [InlineData(@"[\8]")]
    [InlineData(@"[\A]")]
    [InlineData("a(?i)")]
    [InlineData("(")]
    public void Patterns_python_rejects_are_invalid(string pattern)
    {
        PythonRegex.TryGet(pattern, out _).ShouldBeFalse();
        Should.Throw<StringProcessingException>(() => PythonRegex.Get(pattern)).Code.ShouldBe(StringErrorCodes.RegexInvalid);
    }

    [Fact]
    public void Compiled_patterns_are_cached()
    {
        PythonRegex.Get(@"cache\d+me").ShouldBeSameAs(PythonRegex.Get(@"cache\d+me"));
    }

    [Fact]
    public void Named_groups_keep_their_names_for_callers()
    {
        var match = PythonRegex.Get(@"(?P<id>\d+)-(\w+)").Match("12-ab");

        match.Groups["id"].Value.ShouldBe("12");
        match.Groups[1].Value.ShouldBe("12");
        match.Groups[2].Value.ShouldBe("ab");
    }
}
