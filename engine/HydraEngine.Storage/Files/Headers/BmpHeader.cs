namespace HydraEngine.Storage.Files.Headers;

/// <summary>BMP: size from the DIB header (core or info variants).</summary>
internal static class BmpHeader
{
    public static MediaInfo Read(HeaderStream input)
    {
        input.Position = 14;
        var headerSize = input.ReadUInt32LittleEndian();
        if (headerSize == 12)
        {
            return new MediaInfo(input.ReadUInt16LittleEndian(), input.ReadUInt16LittleEndian());
        }

        var width = (int)input.ReadUInt32LittleEndian();
        var height = (int)input.ReadUInt32LittleEndian();
        return new MediaInfo(Math.Abs(width), Math.Abs(height));
    }
}
