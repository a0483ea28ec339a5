using HydraEngine.Imaging.Text;

namespace HydraEngine.Imaging.Tests.Text;

public sealed class WordWrapperTests
{
    [Fact]
    public void Words_fill_a_line_while_it_fits()
    {
        // At 1x a line of n characters is 6n - 1 pixels: "one two" is 41.
        WordWrapper.Wrap("one two three", 41, TextScale.UserText).ShouldBe(["one two", "three"]);
    }

    [Fact]
    public void An_over_long_word_gets_a_line_of_its_own()
    {
        WordWrapper.Wrap("a verylongword b", 20, TextScale.UserText).ShouldBe(["a", "verylongword", "b"]);
    }

    [Fact]
    public void Repeated_spaces_do_not_make_empty_words()
    {
        WordWrapper.Wrap("a   b", 100, TextScale.UserText).ShouldBe(["a b"]);
    }

    [Fact]
    public void Blank_text_has_no_lines()
    {
        WordWrapper.Wrap("   ", 100, TextScale.Title).ShouldBeEmpty();
    }
}
