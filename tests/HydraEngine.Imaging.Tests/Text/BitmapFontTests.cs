using HydraEngine.Imaging.Text;

namespace HydraEngine.Imaging.Tests.Text;

public sealed class BitmapFontTests
{
    [Fact]
    public void Every_printable_character_but_space_has_ink()
    {
        for (var character = '!'; character <= '~'; character++)
        {
            HasInk(character).ShouldBeTrue($"'{character}'");
        }
    }

    [Fact]
    public void Space_has_no_ink()
    {
        HasInk(' ').ShouldBeFalse();
    }

    [Fact]
    public void Each_unicode_scalar_outside_ascii_becomes_one_question_mark()
    {
        BitmapFont.Printable("é😀x\n").ShouldBe("??x?");
    }

    [Fact]
    public void Description_scale_is_a_crisp_three_halves()
    {
        (TextScale.Description.Advance, TextScale.Description.LineHeight, TextScale.Description.GlyphWidth).ShouldBe((9, 12, 8));
    }

    private static bool HasInk(char character) =>
        Enumerable.Range(0, BitmapFont.GlyphWidth).Any(column =>
            Enumerable.Range(0, BitmapFont.GlyphHeight).Any(row => BitmapFont.IsInked(character, column, row)));
}
