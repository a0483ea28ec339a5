using System.Collections.Frozen;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>The codecs by <see cref="TextEncoding"/>.</summary>
internal static class TextCodecs
{
    private static readonly FrozenDictionary<TextEncoding, ITextCodec> ByEncoding = new ITextCodec[]
    {
        new PercentCodec(), new UnicodeEscapeCodec(), new HtmlEntityCodec(), new HexCodec(),
        new Base64Codec(urlSafe: false), new Base64Codec(urlSafe: true),
    }.ToFrozenDictionary(codec => codec.Encoding);

    public static ITextCodec Get(TextEncoding encoding) =>
        ByEncoding.GetValueOrDefault(encoding) ?? throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "unknown encoding");
}
