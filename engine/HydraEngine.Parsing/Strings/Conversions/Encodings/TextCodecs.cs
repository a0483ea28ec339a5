using System.Collections.Frozen;
using HydraEngine.Model.Strings;

namespace HydraEngine.Parsing.Strings.Conversions.Encodings;

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

/// <summary>Type 4, encode.</summary>
internal sealed class EncodeTextEvaluator : ConversionEvaluator<EncodeText>
{
    protected override string Apply(EncodeText conversion, string text) => TextCodecs.Get(conversion.Encoding).Encode(text);
}

/// <summary>Type 5, decode.</summary>
internal sealed class DecodeTextEvaluator : ConversionEvaluator<DecodeText>
{
    protected override string Apply(DecodeText conversion, string text) => TextCodecs.Get(conversion.Encoding).Decode(text);
}
