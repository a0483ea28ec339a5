using HydraEngine.Imaging.Text;

namespace HydraEngine.Imaging.Tests.Text;

public sealed class HeaderBandTests
{
    private const byte White = 255;

    [Fact]
    public void One_line_title_gives_rows_from_the_layout_formula()
    {
        var band = HeaderBand.Render(512, "danbooru tag search", "", "");

        band.Rows.ShouldBe(6 + 10 + 16 + 4 + 6);
    }

    [Fact]
    public void Title_rows_contain_dark_text_pixels()
    {
        var band = HeaderBand.Render(512, "danbooru tag search", "", "");

        var titleRows = band.Pixels.AsSpan(16 * 512, 16 * 512).ToArray();
        titleRows.Count(value => value < 128).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Three_one_line_blocks_stack_with_their_own_line_heights()
    {
        var band = HeaderBand.Render(512, "Title", "Gallery URL Generator - 169B", "made by me");

        band.Rows.ShouldBe(6 + (10 + 16 + 4) + (10 + 12 + 4) + (10 + 8 + 4) + 6);
    }

    [Fact]
    public void A_title_too_wide_for_the_band_wraps_onto_more_lines()
    {
        var band = HeaderBand.Render(100, "aaaa bbbb", "", "");

        band.Rows.ShouldBe(6 + 10 + (2 * (16 + 4)) + 6);
    }

    [Fact]
    public void Empty_blocks_are_skipped()
    {
        HeaderBand.Render(512, "", " ", "").Rows.ShouldBe(12);
    }

    [Fact]
    public void Lines_are_centred_horizontally()
    {
        var band = HeaderBand.Render(200, "HI", "", "");

        LeftmostDarkColumn(band, firstRow: 16, rows: 16, maxColumn: 170).ShouldBe((200 - 22) / 2);
    }

    [Fact]
    public void Pixels_0_and_1_stay_white_for_the_row_count()
    {
        var band = HeaderBand.Render(30, "W W W W W W", "x", "y");

        band.Pixels[..2].ShouldBe(new[] { White, White });
    }

    [Fact]
    public void The_mark_is_drawn_in_the_top_right_corner()
    {
        var band = HeaderBand.Render(100, "", "", "");

        var marked = Enumerable.Range(0, band.Rows * 100).Where(i => band.Pixels[i] != White).Select(i => (X: i % 100, Y: i / 100)).ToList();
        marked.ShouldNotBeEmpty();
        marked.ShouldAllBe(pixel => pixel.X >= 79 && pixel.X < 95 && pixel.Y >= 5);
    }

    [Fact]
    public void Characters_outside_ascii_are_drawn_as_question_marks()
    {
        HeaderBand.Render(100, "é😀", "", "").Pixels.ShouldBe(HeaderBand.Render(100, "??", "", "").Pixels);
    }

    [Fact]
    public void A_two_pixel_wide_band_still_renders()
    {
        var band = HeaderBand.Render(2, "title", "description", "user text");

        band.Pixels.Length.ShouldBe(2 * band.Rows);
    }

    [Fact]
    public void A_band_narrower_than_two_pixels_is_an_argument_error()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => HeaderBand.Render(1, "t", "", ""));
    }

    private static int LeftmostDarkColumn(HeaderBandImage band, int firstRow, int rows, int maxColumn)
    {
        for (var x = 0; x < maxColumn; x++)
        {
            for (var y = firstRow; y < firstRow + rows; y++)
            {
                if (band.Pixels[(y * band.Width) + x] != White)
                {
                    return x;
                }
            }
        }

        return -1;
    }
}
