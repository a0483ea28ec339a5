using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>Type 5, decode.</summary>
internal sealed class DecodeTextEvaluator : ConversionEvaluator<DecodeText>
{
    protected override string Apply(DecodeText conversion, string text) => TextCodecs.Get(conversion.Encoding).Decode(text);
}
