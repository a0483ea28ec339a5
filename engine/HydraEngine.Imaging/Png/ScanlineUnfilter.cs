using System.Numerics;

namespace HydraEngine.Imaging.Png;

/// <summary>Reverses the PNG scanline filters, writing out of place from the filtered row into the target row.</summary>
internal static class ScanlineUnfilter
{
    /// <summary>
    /// Reconstructs <paramref name="target"/> from <paramref name="filtered"/> (the row without its filter-type byte).
    /// <paramref name="prior"/> is the reconstructed row above, or empty for the first row of a pass.
    /// </summary>
    /// <returns>False when <paramref name="filterType"/> is not one of the five PNG filters.</returns>
    public static bool TryUnfilter(byte filterType, ReadOnlySpan<byte> filtered, ReadOnlySpan<byte> prior, Span<byte> target, int stride)
    {
        var hasPrior = !prior.IsEmpty;
        switch ((PngFilterType)filterType)
        {
            case PngFilterType.None:
            case PngFilterType.Up when !hasPrior:
                filtered.CopyTo(target);
                return true;
            case PngFilterType.Sub:
            case PngFilterType.Paeth when !hasPrior:
                UndoSub(filtered, target, stride);
                return true;
            case PngFilterType.Up:
                UndoUp(filtered, prior, target);
                return true;
            case PngFilterType.Average when !hasPrior:
                UndoAverageFirstRow(filtered, target, stride);
                return true;
            case PngFilterType.Average:
                UndoAverage(filtered, prior, target, stride);
                return true;
            case PngFilterType.Paeth:
                UndoPaeth(filtered, prior, target, stride);
                return true;
            default:
                return false;
        }
    }

    private static void UndoSub(ReadOnlySpan<byte> filtered, Span<byte> target, int stride)
    {
        if (stride == 1)
        {
            var left = 0;
            for (var i = 0; i < filtered.Length; i++)
            {
                left = (byte)(filtered[i] + left);
                target[i] = (byte)left;
            }

            return;
        }

        filtered[..stride].CopyTo(target);
        for (var i = stride; i < filtered.Length; i++)
        {
            target[i] = (byte)(filtered[i] + target[i - stride]);
        }
    }

    private static void UndoUp(ReadOnlySpan<byte> filtered, ReadOnlySpan<byte> prior, Span<byte> target)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= filtered.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                (new Vector<byte>(filtered[i..]) + new Vector<byte>(prior[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < filtered.Length; i++)
        {
            target[i] = (byte)(filtered[i] + prior[i]);
        }
    }

    private static void UndoAverageFirstRow(ReadOnlySpan<byte> filtered, Span<byte> target, int stride)
    {
        filtered[..stride].CopyTo(target);
        for (var i = stride; i < filtered.Length; i++)
        {
            target[i] = (byte)(filtered[i] + (target[i - stride] >> 1));
        }
    }

    private static void UndoAverage(ReadOnlySpan<byte> filtered, ReadOnlySpan<byte> prior, Span<byte> target, int stride)
    {
        prior = prior[..filtered.Length];
        if (stride == 1)
        {
            var left = 0;
            for (var i = 0; i < filtered.Length; i++)
            {
                left = (byte)(filtered[i] + ((left + prior[i]) >> 1));
                target[i] = (byte)left;
            }

            return;
        }

        for (var i = 0; i < stride; i++)
        {
            target[i] = (byte)(filtered[i] + (prior[i] >> 1));
        }

        for (var i = stride; i < filtered.Length; i++)
        {
            target[i] = (byte)(filtered[i] + ((target[i - stride] + prior[i]) >> 1));
        }
    }

    private static void UndoPaeth(ReadOnlySpan<byte> filtered, ReadOnlySpan<byte> prior, Span<byte> target, int stride)
    {
        prior = prior[..filtered.Length];
        if (stride == 1)
        {
            var left = 0;
            var upperLeft = 0;
            for (var i = 0; i < filtered.Length; i++)
            {
                int above = prior[i];
                left = (byte)(filtered[i] + PaethPredictor.Predict(left, above, upperLeft));
                target[i] = (byte)left;
                upperLeft = above;
            }

            return;
        }

        for (var i = 0; i < stride; i++)
        {
            target[i] = (byte)(filtered[i] + prior[i]);
        }

        for (var i = stride; i < filtered.Length; i++)
        {
            target[i] = (byte)(filtered[i] + PaethPredictor.Predict(target[i - stride], prior[i], prior[i - stride]));
        }
    }
}
