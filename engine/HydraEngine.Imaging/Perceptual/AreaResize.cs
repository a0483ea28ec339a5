namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// OpenCV's <c>INTER_AREA</c> resize of one 8-bit plane, bit for bit. OpenCV takes one of three paths and each
/// rounds differently: integer shrink factors (box sums), fractional shrink factors (float32 area weights), and
/// any enlarged axis (a 2-tap fixed-point pass with area-style weights).
/// </summary>
internal static class AreaResize
{
    public static GreyPlane Resize(GreyPlane source, int targetWidth, int targetHeight)
    {
        var scaleX = (double)source.Width / targetWidth;
        var scaleY = (double)source.Height / targetHeight;
        if (scaleX < 1 || scaleY < 1)
        {
            return EnlargingAreaResize.Resize(source, targetWidth, targetHeight);
        }

        if (scaleX == Math.Floor(scaleX) && scaleY == Math.Floor(scaleY))
        {
            return BoxAreaResize.Resize(source, (int)scaleX, (int)scaleY);
        }

        return FractionalAreaResize.Resize(source, targetWidth, targetHeight);
    }
}
