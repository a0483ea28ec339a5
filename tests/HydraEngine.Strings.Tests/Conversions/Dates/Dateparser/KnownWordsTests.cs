using System.Text.RegularExpressions;
using HydraEngine.Strings.Conversions.Dates.Dateparser;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateparser;

/// <summary>A locale's known words: the quick refusal of texts they cannot cover, and finding them in ASCII texts.</summary>
public sealed class KnownWordsTests
{
    private static readonly KnownWords Spaced = new(["jan", "january", "from now", "t", " "], [" days ago"], noWordSpacing: false);

    [Theory]
    [InlineData("3 jan 2020", true)]
    [InlineData("2020-01-03t10:00", true)]
    [InlineData("now", true)]
    [InlineData("3 janv 2020", false)]
    [InlineData("ja", false)]
    [InlineData("3 days ago", true)]
    public void A_text_is_refused_when_a_letter_run_is_no_letter_run_of_a_word(string text, bool mayRead) =>
        Spaced.MayRead(LocaleText.Prepare(text)).ShouldBe(mayRead);

    [Theory]
    [InlineData("2020年1月", true)]
    [InlineData("2020年x", false)]
    public void A_locale_written_without_spaces_needs_only_each_letter_in_its_words(string text, bool mayRead) =>
        new KnownWords(["年", "月"], [], noWordSpacing: true).MayRead(LocaleText.Prepare(text)).ShouldBe(mayRead);

    [Theory]
    [InlineData("january2020", 0, 7)]
    [InlineData("12 jan", 3, 3)]
    [InlineData("xjan t", 5, 1)]
    public void In_an_ascii_text_the_leftmost_longest_word_between_boundaries_is_found(string text, int start, int length) =>
        Spaced.Find(text, LocaleText.Prepare(text)).ShouldBe((start, length, text.Length));

    [Fact]
    public void An_ascii_text_without_a_word_between_boundaries_has_none() =>
        Spaced.Find("xjanx", LocaleText.Prepare("xjanx")).ShouldBeNull();

    [Theory]
    [InlineData("january2020")]
    [InlineData("12 jan")]
    [InlineData("xjan t")]
    [InlineData("xjanx")]
    [InlineData("in 2 days from now on")]
    [InlineData("jan-january_t")]
    public void The_ascii_look_up_finds_what_the_regex_finds(string text) =>
        Spaced.Find(text, LocaleText.Prepare(text)).ShouldBe(Spaced.Find(text, LocaleText.Prepare("é")));

    [Theory]
    [InlineData('\u212a')]
    [InlineData('\u017f')]
    [InlineData('\u0130')]
    [InlineData('\u00e9')]
    public void Words_fold_to_ascii_exactly_as_the_regex_engine_pairs_their_characters(char c)
    {
        var regex = new Regex(Regex.Escape(c.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var pairs = Enumerable.Range('a', 26).Select(letter => ((char)letter).ToString()).Where(letter => regex.IsMatch(letter)).ToList();

        AsciiFolding.Fold([$"a{c}"]).ShouldBe(pairs.Count == 0 ? new List<string>() : [$"a{pairs[0]}"]);
    }
}
