namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// hydrus's fallback to 8 bits for integer images that are not uint16: subtract the minimum when it is above 0,
/// multiply by 256 / (max − min + 1), clip to 0..255 and truncate.
/// </summary>
internal sealed class MinMaxStretch(double minimum, double multiple)
{
    /// <summary>The stretch for big-endian 16-bit samples.</summary>
    public static MinMaxStretch Of(ReadOnlySpan<byte> bigEndian16)
    {
        int min = int.MaxValue, max = int.MinValue;
        for (var index = 0; index + 1 < bigEndian16.Length; index += 2)
        {
            var value = bigEndian16[index] << 8 | bigEndian16[index + 1];
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return new MinMaxStretch(min > 0 ? min : 0, 256.0 / (max - min + 1));
    }

    public byte Apply(int value) => (byte)Math.Clamp((value - minimum) * multiple, 0, 255);
}
