using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Strings.Python;

namespace HydraEngine.Parsing.Strings.Conversions.Text;

/// <summary>Type 2, <c>t + s</c>.</summary>
internal sealed class PrependEvaluator : ConversionEvaluator<Prepend>
{
    protected override string Apply(Prepend conversion, string text) => string.Concat(conversion.Text, text);
}

/// <summary>Type 3, <c>s + t</c>.</summary>
internal sealed class AppendEvaluator : ConversionEvaluator<Append>
{
    protected override string Apply(Append conversion, string text) => string.Concat(text, conversion.Text);
}

/// <summary>Type 8, <c>s[::-1]</c> by code point.</summary>
internal sealed class ReverseEvaluator : ConversionEvaluator<Reverse>
{
    protected override string Apply(Reverse conversion, string text) => PythonSlice.Reverse(text);
}
