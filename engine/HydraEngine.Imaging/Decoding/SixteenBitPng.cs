namespace HydraEngine.Imaging.Decoding;

/// <summary>
/// 16-bit PNGs, decoded by the in-repository PNG decoder (which keeps the stored samples; Skia rounds to 8 bits
/// and cannot hand grey 16-bit samples over). PIL 9 keeps the high byte of 16-bit colour and grey+alpha samples,
/// but opens 16-bit grey as 32-bit integers, which hydrus stretches min-max (<see cref="MinMaxStretch"/>).
/// Grey becomes RGB and grey+alpha RGBA, as hydrus converts them.
/// </summary>
internal static class SixteenBitPng
{
    public static PixelDecodeResult Decode(ReadOnlySpan<byte> file, ImageDecodeLimits limits)
    {
        var decoded = PngCodec.Default.Decode(file, limits);
        if (decoded.Image is not { } image)
        {
            return PixelDecodeResult.Failure(decoded.Error!.Message, "png");
        }

        var hasAlpha = image.Channels is 2 or 4;
        var channels = hasAlpha ? 4 : 3;
        var count = image.Width * image.Height;
        var samples = image.Samples;
        var target = new byte[count * channels];
        var stride = image.Channels * 2;
        var stretch = image.Channels == 1 ? MinMaxStretch.Of(samples) : null;
        for (var pixel = 0; pixel < count; pixel++)
        {
            var source = pixel * stride;
            var output = pixel * channels;
            if (stretch is not null)
            {
                target[output] = target[output + 1] = target[output + 2] = stretch.Apply(samples[source] << 8 | samples[source + 1]);
            }
            else if (image.Channels == 2)
            {
                target[output] = target[output + 1] = target[output + 2] = samples[source];
            }
            else
            {
                target[output] = samples[source];
                target[output + 1] = samples[source + 2];
                target[output + 2] = samples[source + 4];
            }

            if (hasAlpha)
            {
                target[output + 3] = samples[source + stride - 2];
            }
        }

        var pixels = new HydrusPixels(image.Width, image.Height, channels, target);
        return new PixelDecodeResult(UselessAlpha.Strip(pixels), null, "png", 1);
    }
}
