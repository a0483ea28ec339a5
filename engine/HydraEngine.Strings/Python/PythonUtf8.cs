using System.Text;

namespace HydraEngine.Strings.Python;

/// <summary>Python's UTF-8: strict encoding (a lone surrogate fails) and decoding with U+FFFD replacement.</summary>
internal static class PythonUtf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary><c>text.encode('utf-8')</c>.</summary>
    /// <exception cref="EncoderFallbackException">The text holds a lone surrogate.</exception>
    public static byte[] Encode(string text) => Strict.GetBytes(text);

    /// <summary><c>str(data, 'utf-8', errors='replace')</c>.</summary>
    public static string DecodeReplacing(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);
}
