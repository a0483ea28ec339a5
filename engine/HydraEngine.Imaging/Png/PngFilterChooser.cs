using System.Buffers;

namespace HydraEngine.Imaging.Png;

/// <summary>
/// Filters each scanline for the encoder, either with one fixed filter type or adaptively: every filter is
/// tried and the one with the smallest sum of absolute (signed) filtered bytes wins, as libpng does.
/// </summary>
internal sealed class PngFilterChooser : IDisposable
{
    private static readonly PngFilterType[] AllTypes =
        [PngFilterType.None, PngFilterType.Sub, PngFilterType.Up, PngFilterType.Average, PngFilterType.Paeth];

    private readonly PngFilterType? fixedType;
    private readonly int stride;
    private byte[] best;
    private byte[] candidate;

    /// <param name="fixedType">The filter for every row, or null to choose per row.</param>
    public PngFilterChooser(PngFilterType? fixedType, int longestRow, int stride)
    {
        this.fixedType = fixedType;
        this.stride = stride;
        best = ArrayPool<byte>.Shared.Rent(longestRow + 1);
        candidate = ArrayPool<byte>.Shared.Rent(longestRow + 1);
    }

    /// <summary>The filter-type byte followed by the filtered row; valid until the next call.</summary>
    public ReadOnlySpan<byte> Filter(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior)
    {
        if (fixedType is { } type)
        {
            return FilterInto(best, type, raw, prior);
        }

        var bestCost = long.MaxValue;
        var bestLength = 0;
        foreach (var filterType in AllTypes)
        {
            var filtered = FilterInto(candidate, filterType, raw, prior);
            var cost = ScanlineFilter.Cost(filtered[1..]);
            if (cost < bestCost)
            {
                bestCost = cost;
                bestLength = filtered.Length;
                (best, candidate) = (candidate, best);
            }
        }

        return best.AsSpan(0, bestLength);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(best);
        ArrayPool<byte>.Shared.Return(candidate);
    }

    private Span<byte> FilterInto(byte[] buffer, PngFilterType type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior)
    {
        var output = buffer.AsSpan(0, raw.Length + 1);
        output[0] = (byte)type;
        ScanlineFilter.Apply(type, raw, prior, output[1..], stride);
        return output;
    }
}
