using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>Type 4, encode.</summary>
internal sealed class EncodeTextEvaluator : ConversionEvaluator<EncodeText>
{
    protected override string Apply(EncodeText conversion, string text) => TextCodecs.Get(conversion.Encoding).Encode(text);
}
