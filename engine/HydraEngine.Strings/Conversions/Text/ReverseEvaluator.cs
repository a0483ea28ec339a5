using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 8, <c>s[::-1]</c> by code point.</summary>
internal sealed class ReverseEvaluator : ConversionEvaluator<Reverse>
{
    protected override string Apply(Reverse conversion, string text) => PythonSlice.Reverse(text);
}
