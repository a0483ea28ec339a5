using HydraEngine.Strings.Conversions.Dates.Dateparser;

namespace HydraEngine.Strings.Tests.Conversions.Dates.Dateparser;

/// <summary>A locale's simplifications and the letters a match needs, which spare texts without them the regex.</summary>
public sealed class SimplificationTests
{
    private static int Bits(string letters) => letters.Aggregate(0, (bits, c) => bits | (1 << (c - 'a')));

    [Theory]
    [InlineData("less than 1 minute ago", "lesthanminuego")]
    [InlineData(@"(?:12\s+)?noon", "no")]
    [InlineData(@"(\d+[.,]?\d*)h(\d+[.,]?\d*)m?", "h")]
    [InlineData(@"(?<=from\s+)now", "now")]
    [InlineData(@"[a-z]+\d", "")]
    [InlineData("one|two", "")]
    public void A_match_needs_the_letters_outside_groups_classes_and_optional_parts(string pattern, string letters) =>
        Simplification.RequiredLetters(pattern).ShouldBe(Bits(letters));

    [Fact]
    public void A_simplification_replaces_between_word_boundaries() =>
        Simplification.Of("one", "1", noWordSpacing: false)!.Apply("one day, someone", Simplification.Letters("one day, someone")).ShouldBe("1 day, someone");

    [Fact]
    public void A_simplification_whose_letters_are_missing_leaves_the_text_as_it_is()
    {
        const string text = "2 days ago";

        Simplification.Of("one", "1", noWordSpacing: false)!.Apply(text, Simplification.Letters(text)).ShouldBeSameAs(text);
    }

    [Fact]
    public void Outside_ascii_every_simplification_runs() =>
        Simplification.Of("one", "1", noWordSpacing: false)!.Apply("one é", Simplification.Letters("one é")).ShouldBe("1 é");
}
