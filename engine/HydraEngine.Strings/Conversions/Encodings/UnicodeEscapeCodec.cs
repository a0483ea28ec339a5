using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>Python's <c>unicode-escape</c> (decoding reads non-ASCII input bytes as Latin-1, as hydrus does).</summary>
internal sealed class UnicodeEscapeCodec : ITextCodec
{
    public TextEncoding Encoding => TextEncoding.UnicodeEscape;

    public string Encode(string text) => UnicodeEscape.Encode(text);

    public string Decode(string text) => UnicodeEscape.DecodeUtf8Bytes(text);
}
