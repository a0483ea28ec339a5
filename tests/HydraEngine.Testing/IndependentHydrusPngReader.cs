using System.IO.Compression;

namespace HydraEngine.Testing;

/// <summary>
/// A deliberately separate, simple reading of hydrus's PNG container (spec/png-container.md §4), written
/// from the spec for tests only: 8-bit greyscale, non-interlaced, plain loops. It shares no code with the
/// engine, so a PNG the engine writes is checked by a second implementation.
/// </summary>
public static class IndependentHydrusPngReader
{
    /// <summary>Returns the zlib-decompressed UTF-8 payload text.</summary>
    public static string ReadPayloadText(byte[] png)
    {
        var (width, height, raster) = DecodeGreyscale(png);
        var headerRows = (raster[0] << 8) | raster[1];
        var offset = width * headerRows;
        var length = (raster[offset] << 24) | (raster[offset + 1] << 16) | (raster[offset + 2] << 8) | raster[offset + 3];
        if (offset + 4 + length > width * height)
        {
            throw new InvalidDataException("payload longer than the image");
        }

        using var zlib = new ZLibStream(new MemoryStream(raster, offset + 4, length), CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static (int Width, int Height, byte[] Raster) DecodeGreyscale(byte[] png)
    {
        var position = 8;
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        while (position + 8 <= png.Length)
        {
            var length = (png[position] << 24) | (png[position + 1] << 16) | (png[position + 2] << 8) | png[position + 3];
            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var data = position + 8;
            if (type == "IHDR")
            {
                width = (png[data] << 24) | (png[data + 1] << 16) | (png[data + 2] << 8) | png[data + 3];
                height = (png[data + 4] << 24) | (png[data + 5] << 16) | (png[data + 6] << 8) | png[data + 7];
                if (png[data + 8] != 8 || png[data + 9] != 0 || png[data + 12] != 0)
                {
                    throw new InvalidDataException("only 8-bit greyscale non-interlaced is read here");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(png, data, length);
            }

            position = data + length + 4;
        }

        idat.Position = 0;
        using var inflater = new ZLibStream(idat, CompressionMode.Decompress);
        using var filtered = new MemoryStream();
        inflater.CopyTo(filtered);
        return (width, height, Unfilter(filtered.ToArray(), width, height));
    }

    private static byte[] Unfilter(byte[] data, int width, int height)
    {
        var raster = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (width + 1)];
            for (var x = 0; x < width; x++)
            {
                int raw = data[(y * (width + 1)) + 1 + x];
                int left = x > 0 ? raster[(y * width) + x - 1] : 0;
                int up = y > 0 ? raster[((y - 1) * width) + x] : 0;
                int upLeft = x > 0 && y > 0 ? raster[((y - 1) * width) + x - 1] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("bad filter " + filter),
                };
                raster[(y * width) + x] = (byte)(raw + predictor);
            }
        }

        return raster;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
