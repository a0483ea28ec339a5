using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>
/// Base64 (or base64url) of the UTF-8 bytes; base64url output has its padding stripped. Decoding pads the text
/// with <c>=</c> to a multiple of 4 and then decodes leniently like Python's <c>binascii.a2b_base64</c>:
/// characters outside the alphabet are skipped, a complete pad ends the data, and a leftover partial quantum
/// fails. base64url decoding accepts both alphabets (Python translates <c>-_</c> to <c>+/</c>).
/// </summary>
internal sealed class Base64Codec(bool urlSafe) : ITextCodec
{
    public TextEncoding Encoding => urlSafe ? TextEncoding.Base64Url : TextEncoding.Base64;

    public string Encode(string text)
    {
        var encoded = Convert.ToBase64String(PythonUtf8.Encode(text));
        return urlSafe ? encoded.TrimEnd('=').Replace('+', '-').Replace('/', '_') : encoded;
    }

    public string Decode(string text)
    {
        if (!System.Text.Ascii.IsValid(text))
        {
            throw new FormatException("string argument should contain only ASCII characters");
        }

        var padded = text + new string('=', (4 - (text.Length % 4)) % 4);
        var output = new byte[(padded.Length / 4 * 3) + 3];
        int count = 0, quad = 0, pads = 0, left = 0;
        foreach (var c in padded)
        {
            if (c == '=')
            {
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    return PythonUtf8.DecodeReplacing(output.AsSpan(0, count));
                }

                continue;
            }

            var value = SextetValue(c);
            if (value < 0)
            {
                continue;
            }

            pads = 0;
            switch (quad)
            {
                case 0: left = value; quad = 1; break;
                case 1: output[count++] = (byte)((left << 2) | (value >> 4)); left = value & 0x0F; quad = 2; break;
                case 2: output[count++] = (byte)((left << 4) | (value >> 2)); left = value & 0x03; quad = 3; break;
                default: output[count++] = (byte)((left << 6) | value); quad = 0; break;
            }
        }

        if (quad != 0)
        {
            throw new FormatException(quad == 1 ? "invalid base64: a single leftover character" : "incorrect padding");
        }

        return PythonUtf8.DecodeReplacing(output.AsSpan(0, count));
    }

    private int SextetValue(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        '-' when urlSafe => 62,
        '_' when urlSafe => 63,
        _ => -1,
    };
}
