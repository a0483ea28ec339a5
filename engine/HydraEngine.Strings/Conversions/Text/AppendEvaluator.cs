using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 3, <c>s + t</c>.</summary>
internal sealed class AppendEvaluator : ConversionEvaluator<Append>
{
    protected override string Apply(Append conversion, string text) => string.Concat(text, conversion.Text);
}
