using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>
/// Hex of the UTF-8 bytes (lowercase); decoding is <c>bytes.fromhex</c> (ASCII whitespace allowed before each
/// pair, odd length or a bad character fails) then UTF-8 with replacement.
/// </summary>
internal sealed class HexCodec : ITextCodec
{
    public TextEncoding Encoding => TextEncoding.Hex;

    public string Encode(string text) => Convert.ToHexStringLower(PythonUtf8.Encode(text));

    public string Decode(string text)
    {
        var bytes = new byte[text.Length / 2];
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsAsciiSpace(text[i]))
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || !char.IsAsciiHexDigit(text[i]) || !char.IsAsciiHexDigit(text[i + 1]))
            {
                throw new FormatException($"non-hexadecimal number found in fromhex() arg at position {i}");
            }

            bytes[count++] = (byte)((HexValue(text[i]) << 4) | HexValue(text[i + 1]));
            i += 2;
        }

        return PythonUtf8.DecodeReplacing(bytes.AsSpan(0, count));
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
