namespace HydraEngine.Imaging.Perceptual;

/// <summary>OpenCV's saturate_cast to 8 bits.</summary>
internal static class Saturate
{
    public static byte RoundHalfEven(float value) => Clamp(Math.Round((double)value, MidpointRounding.ToEven));

    public static byte Clamp(double value) => (byte)Math.Clamp(value, 0, 255);

    public static byte Clamp(long value) => (byte)Math.Clamp(value, 0, 255);
}
