using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary><c>\N{NAME}</c> escapes in patterns (Python 3.8+); expected values produced by CPython 3.11. They need the system's ICU.</summary>
public sealed class PythonRegexNamedCharacterTests
{
    [Theory]
    [InlineData(@"\N{LATIN SMALL LETTER E WITH ACUTE}", "E", "caf\u00e9", "cafE")]
    [InlineData(@"\N{latin small letter e with acute}", "E", "caf\u00e9", "cafE")]
    [InlineData(@"[\N{DIGIT ONE}-\N{DIGIT THREE}]", "x", "1234", "xxx4")]
    [InlineData(@"\N{LATIN CAPITAL LETTER GHA}", "x", "\u01a2", "x")]
    [InlineData(@"\N{GRINNING FACE}+", "x", "a\U0001F600\U0001F600b", "axb")]
    public void A_named_character_matches_that_character(string pattern, string replacement, string input, string expected)
    {
        PythonRegex.Substitute(pattern, replacement, input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(@"\N{NOT A NAME}", "undefined character name 'NOT A NAME'")]
    [InlineData(@"\N", "missing {")]
    [InlineData(@"\N{}", "missing character name")]
    [InlineData(@"\N{DIGIT ONE", "missing }, unterminated name")]
    public void A_bad_name_is_refused_as_python_refuses_it(string pattern, string message)
    {
        Should.Throw<StringProcessingException>(() => PythonRegex.Substitute(pattern, "", "x")).Message.ShouldContain(message);
    }
}
