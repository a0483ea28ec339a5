namespace HydraEngine.Imaging.Perceptual;

/// <summary>
/// The top-left 8×8 block of the orthonormal 2-D DCT-II of a 32×32 plane (what cv2.dct returns), with
/// coefficients under 1e-9 in magnitude set to exactly zero, as hydrus's FFT-based DCT leaves them.
/// </summary>
internal static class DctBlock
{
    public const int Size = 32;
    public const int BlockSize = 8;
    private const double ZeroThreshold = 1e-9;

    private static readonly double[,] Basis = BuildBasis();

    /// <summary>D[v, u]: v the vertical frequency (row), u the horizontal one.</summary>
    public static double[,] Compute(GreyPlane tiny)
    {
        if (tiny.Width != Size || tiny.Height != Size)
        {
            throw new ArgumentException($"the DCT needs a {Size}x{Size} plane, not {tiny.Width}x{tiny.Height}", nameof(tiny));
        }

        var columns = new double[BlockSize, Size];
        for (var v = 0; v < BlockSize; v++)
        {
            for (var x = 0; x < Size; x++)
            {
                var sum = 0.0;
                for (var y = 0; y < Size; y++)
                {
                    sum += Basis[v, y] * tiny[x, y];
                }

                columns[v, x] = sum;
            }
        }

        var block = new double[BlockSize, BlockSize];
        for (var v = 0; v < BlockSize; v++)
        {
            for (var u = 0; u < BlockSize; u++)
            {
                var sum = 0.0;
                for (var x = 0; x < Size; x++)
                {
                    sum += columns[v, x] * Basis[u, x];
                }

                block[v, u] = Math.Abs(sum) < ZeroThreshold ? 0.0 : sum;
            }
        }

        return block;
    }

    private static double[,] BuildBasis()
    {
        var basis = new double[Size, Size];
        for (var k = 0; k < Size; k++)
        {
            var norm = Math.Sqrt((k == 0 ? 1.0 : 2.0) / Size);
            for (var x = 0; x < Size; x++)
            {
                basis[k, x] = Math.Cos(Math.PI * (2 * x + 1) * k / (2 * Size)) * norm;
            }
        }

        return basis;
    }
}
