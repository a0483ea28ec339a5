using HydraEngine.Imaging.Decoding;

namespace HydraEngine.Imaging.Tests.Decoding;

public sealed class ExifOrientationTests
{
    // 2 wide, 1 high: pixel A = (1,1,1), pixel B = (2,2,2).
    private static readonly HydrusPixels Row = new(2, 1, 3, [1, 1, 1, 2, 2, 2]);

    [Fact]
    public void Orientation_6_rotates_clockwise()
    {
        var upright = ExifOrientation.Apply(Row, 6);

        (upright.Width, upright.Height).ShouldBe((1, 2));
        upright.Samples.ToArray().ShouldBe(new byte[] { 1, 1, 1, 2, 2, 2 });
    }

    [Fact]
    public void Orientation_8_rotates_anticlockwise()
    {
        var upright = ExifOrientation.Apply(Row, 8);

        upright.Samples.ToArray().ShouldBe(new byte[] { 2, 2, 2, 1, 1, 1 });
    }

    [Fact]
    public void Orientation_2_mirrors()
    {
        ExifOrientation.Apply(Row, 2).Samples.ToArray().ShouldBe(new byte[] { 2, 2, 2, 1, 1, 1 });
    }
}
