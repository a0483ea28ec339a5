using HydraEngine.Imaging.Png;

namespace HydraEngine.Imaging.Tests.Png;

public sealed class PngFilterChooserTests
{
    [Fact]
    public void A_row_equal_to_the_row_above_is_filtered_with_up()
    {
        byte[] row = [200, 3, 90, 17, 250, 1];
        using var chooser = new PngFilterChooser(null, row.Length, stride: 1);

        var filtered = chooser.Filter(row, row);

        filtered[0].ShouldBe((byte)PngFilterType.Up);
        filtered[1..].ToArray().ShouldAllBe(value => value == 0);
    }

    [Fact]
    public void A_steady_ramp_without_a_row_above_is_filtered_with_sub()
    {
        byte[] row = [100, 110, 120, 130, 140, 150];
        using var chooser = new PngFilterChooser(null, row.Length, stride: 1);

        chooser.Filter(row, [])[0].ShouldBe((byte)PngFilterType.Sub);
    }

    [Fact]
    public void A_fixed_filter_type_is_used_for_every_row()
    {
        byte[] row = [1, 1, 1, 1];
        using var chooser = new PngFilterChooser(PngFilterType.Paeth, row.Length, stride: 1);

        chooser.Filter(row, row)[0].ShouldBe((byte)PngFilterType.Paeth);
    }
}
