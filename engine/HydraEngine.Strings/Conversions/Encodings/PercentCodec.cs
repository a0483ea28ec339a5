using System.Text;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>
/// URL percent encoding: <c>quote(s, safe='')</c> and <c>unquote(s)</c>. Decoding turns each valid <c>%XX</c> into
/// its byte and decodes every run of ASCII characters as UTF-8 with replacement; other characters, invalid
/// <c>%</c> sequences and <c>+</c> are kept.
/// </summary>
internal sealed class PercentCodec : ITextCodec
{
    public TextEncoding Encoding => TextEncoding.UrlPercent;

    public string Encode(string text) => PercentEncoding.PercentEncodeAll(text);

    public string Decode(string text)
    {
        if (text.IndexOf('%') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                Flush(builder, bytes);
                builder.Append(c);
                i++;
            }
            else if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 3;
            }
            else
            {
                bytes.Add((byte)c);
                i++;
            }
        }

        Flush(builder, bytes);
        return builder.ToString();
    }

    private static void Flush(StringBuilder builder, List<byte> bytes)
    {
        if (bytes.Count > 0)
        {
            builder.Append(PythonUtf8.DecodeReplacing(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes)));
            bytes.Clear();
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
