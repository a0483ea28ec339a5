using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 2, <c>t + s</c>.</summary>
internal sealed class PrependEvaluator : ConversionEvaluator<Prepend>
{
    protected override string Apply(Prepend conversion, string text) => string.Concat(conversion.Text, text);
}
