namespace HydraEngine.Strings.Tests;

/// <summary>
/// Python <c>re</c> on code points and under IGNORECASE: every expected value is
/// <c>re.sub(pattern, '[\g&lt;0&gt;]', input)</c> as Debian's CPython 3.11.2 computes it.
/// </summary>
public sealed class PythonRegexCodePointTests
{
    [Theory]
    [InlineData(".", "a\U0001F600b", "[a][\U0001F600][b]")]
    [InlineData("^.$", "\U0001F600", "[\U0001F600]")]
    [InlineData("a.c", "a\U0001F600c", "[a\U0001F600c]")]
    [InlineData(".{2}", "a\U0001F600b", "[a\U0001F600]b")]
    public void Dot_matches_one_code_point(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("[^a]", "a\U0001F600", "a[\U0001F600]")]
    [InlineData("\\W", "\U0001D400\U0001F600", "\U0001D400[\U0001F600]")]
    [InlineData("\\S", "\U0001F600 ", "[\U0001F600] ")]
    [InlineData("\\D", "\U0001D7CE\U0001F600", "\U0001D7CE[\U0001F600]")]
    [InlineData("[^\\w]", "\U0001D400\U0001F600", "\U0001D400[\U0001F600]")]
    [InlineData("[\\D]", "\U0001F6001", "[\U0001F600]1")]
    public void Negated_sets_and_classes_consume_a_whole_astral_character(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("[\U0001F600-\U0001F602]", "x\U0001F601y\U0001F603", "x[\U0001F601]y\U0001F603")]
    [InlineData("[\\U0001F600-\\U0001F602]+", "\U0001F600\U0001F602\U0001F603", "[\U0001F600\U0001F602]\U0001F603")]
    [InlineData("[a\U0001F600]+", "a\U0001F600a\U0001F601", "[a\U0001F600a]\U0001F601")]
    public void Astral_ranges_in_sets_are_code_point_ranges(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("\\w", "\U0001D400", "[\U0001D400]")]
    [InlineData("\\d", "\U0001D7CE", "[\U0001D7CE]")]
    [InlineData("[\\w]+", "\U0001D400b\U00010000", "[\U0001D400b\U00010000]")]
    [InlineData("\\w+", "\U00010000x", "[\U00010000x]")]
    public void Word_and_digit_classes_include_astral_letters_and_digits(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)s", "\u017FS", "[\u017F][S]")]
    [InlineData("(?i)\u017F", "sS", "[s][S]")]
    [InlineData("(?i)[a-z]+", "\u017FK", "[\u017FK]")]
    [InlineData("(?i)\u00B5", "\u03BC\u039C", "[\u03BC][\u039C]")]
    [InlineData("(?i)\u03B9", "\u0345\u03B9", "[\u0345][\u03B9]")]
    [InlineData("(?i)\u03B8", "\u03D1\u0398", "[\u03D1][\u0398]")]
    [InlineData("(?i)\u1E61", "\u1E9B", "[\u1E9B]")]
    public void Ignorecase_adds_sres_extra_equivalences(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)i", "\u0130\u0131I", "[\u0130][\u0131][I]")]
    [InlineData("(?i)\u0131", "Ii", "[I][i]")]
    [InlineData("(?i)\u0130", "iI", "[i][I]")]
    public void Ignorecase_dotless_and_dotted_i_follow_python(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)\u03C3", "\u03C2\u03A3", "[\u03C2][\u03A3]")]
    [InlineData("(?i)\u03C2", "\u03A3\u03C3", "[\u03A3][\u03C3]")]
    [InlineData("(?i)\u03A3", "\u03C2\u03C3", "[\u03C2][\u03C3]")]
    public void Ignorecase_greek_sigma_forms_are_one_letter(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)k", "KK", "[K][K]")]
    [InlineData("(?i)K", "k", "[k]")]
    [InlineData("(?i)\u00DF", "\u1E9Ess", "[\u1E9E]ss")]
    [InlineData("(?i)\u1E9E", "\u00DF", "[\u00DF]")]
    public void Ignorecase_kelvin_and_sharp_s(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)\U00010400", "\U00010428", "[\U00010428]")]
    [InlineData("(?i)[\U00010400-\U0001040F]", "\U00010428", "[\U00010428]")]
    public void Ignorecase_applies_to_astral_letters(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i)[^k]", "kKKx", "kKK[x]")]
    [InlineData("(?i)[^s]", "\u017FSx", "\u017FS[x]")]
    public void Ignorecase_negated_sets_exclude_every_case_form(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);

    [Theory]
    [InlineData("(?i:\u017F)s", "SS", "SS")]
    [InlineData("(?i:\u017F)s", "S\u017FS", "S\u017FS")]
    [InlineData("(?i)a(?-i:k)", "AK", "AK")]
    public void Scoped_ignorecase_ends_with_its_group(string pattern, string input, string expected) => PythonRegex.Substitute(pattern, @"[\g<0>]", input).ShouldBe(expected);
}
