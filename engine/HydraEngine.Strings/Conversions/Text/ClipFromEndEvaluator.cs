using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 7, <c>s[-n:]</c> (so n = 0 gives the whole string).</summary>
internal sealed class ClipFromEndEvaluator : ConversionEvaluator<ClipFromEnd>
{
    protected override string Apply(ClipFromEnd conversion, string text) => PythonSlice.Substring(text, -conversion.Count, null);
}
