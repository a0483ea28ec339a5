using System.Buffers.Binary;
using HydraEngine.Imaging;
using HydraEngine.Imaging.Text;

namespace HydraEngine.Definitions.Png;

/// <summary>
/// Writes a payload into a hydrus serialised PNG (png-container.md §3): a readable header band whose first
/// two pixels hold its height, then the big-endian payload length, the payload and zero padding.
/// </summary>
public static class HydrusPngWriter
{
    public const int DefaultWidth = 512;

    public static byte[] Write(byte[] payload, string title, string description, int width = DefaultWidth, string userText = "", IImageCodec? codec = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 4096);
        var header = HeaderBand.Render(width, title, description, userText);
        var headerRows = header.Rows;
        var payloadRows = (payload.Length + 4 + width - 1) / width;
        var pixels = new byte[(long)width * (headerRows + payloadRows)];
        header.Pixels.AsSpan(0, width * headerRows).CopyTo(pixels);
        BinaryPrimitives.WriteUInt16BigEndian(pixels, (ushort)headerRows);
        var payloadStart = width * headerRows;
        BinaryPrimitives.WriteUInt32BigEndian(pixels.AsSpan(payloadStart, 4), (uint)payload.Length);
        payload.CopyTo(pixels.AsSpan(payloadStart + 4));
        return (codec ?? PngCodec.Default).EncodeGreyscale8(width, headerRows + payloadRows, pixels);
    }
}
