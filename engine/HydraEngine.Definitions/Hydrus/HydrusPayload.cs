using System.IO.Compression;
using System.Text;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>hydrus "network bytes": zlib (level 9) of the UTF-8 dump string.</summary>
public static class HydrusPayload
{
    /// <summary>Decompressed payloads larger than this are refused (a downloader is kilobytes; this stops decompression bombs).</summary>
    public const int MaximumDecompressedBytes = 64 * 1024 * 1024;

    public static byte[] Compress(string dumpString)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Encoding.UTF8.GetBytes(dumpString));
        }

        return output.ToArray();
    }

    /// <summary>zlib-decompresses and decodes UTF-8; hydrus's legacy loaders also accept an uncompressed UTF-8 JSON payload.</summary>
    public static string? Decompress(byte[] payload, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = Inflate(payload, diagnostics);
        }
        catch (InvalidDataException exception)
        {
            if (LooksLikeJsonText(payload))
            {
                bytes = payload;
            }
            else
            {
                diagnostics.Error("", DiagnosticCodes.PayloadDecompression, $"the payload is not a valid zlib stream ({exception.Message}); the PNG was probably re-encoded lossily or truncated.");
                return null;
            }
        }

        if (bytes.Length == 0 && diagnostics.ErrorCount > 0)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            diagnostics.Error("", DiagnosticCodes.PayloadEncoding, $"the payload is not UTF-8 text: invalid bytes at index {exception.Index}.");
            return null;
        }
    }

    private static byte[] Inflate(byte[] payload, DiagnosticBag diagnostics)
    {
        using var input = new MemoryStream(payload, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(payload.Length * 4);
        var buffer = new byte[81920];
        int read;
        while ((read = zlib.Read(buffer)) > 0)
        {
            if (output.Length + read > MaximumDecompressedBytes)
            {
                diagnostics.Error("", DiagnosticCodes.PayloadTooLarge, $"the payload inflates past {MaximumDecompressedBytes / (1024 * 1024)} MiB; refusing it as a decompression bomb.");
                return [];
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }

    private static bool LooksLikeJsonText(byte[] payload) => payload.Length > 0 && payload[0] == (byte)'[';
}
