using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Strings.Python;

namespace HydraEngine.Parsing.Strings.Conversions.Text;

/// <summary>Type 0, <c>s[n:]</c>.</summary>
internal sealed class RemoveFromBeginningEvaluator : ConversionEvaluator<RemoveFromBeginning>
{
    protected override string Apply(RemoveFromBeginning conversion, string text) => PythonSlice.Substring(text, conversion.Count, null);
}

/// <summary>Type 1, <c>s[:-n]</c> (so n = 0 gives <c>""</c>).</summary>
internal sealed class RemoveFromEndEvaluator : ConversionEvaluator<RemoveFromEnd>
{
    protected override string Apply(RemoveFromEnd conversion, string text) => PythonSlice.Substring(text, null, -conversion.Count);
}

/// <summary>Type 6, <c>s[:n]</c>.</summary>
internal sealed class ClipFromBeginningEvaluator : ConversionEvaluator<ClipFromBeginning>
{
    protected override string Apply(ClipFromBeginning conversion, string text) => PythonSlice.Substring(text, null, conversion.Count);
}

/// <summary>Type 7, <c>s[-n:]</c> (so n = 0 gives the whole string).</summary>
internal sealed class ClipFromEndEvaluator : ConversionEvaluator<ClipFromEnd>
{
    protected override string Apply(ClipFromEnd conversion, string text) => PythonSlice.Substring(text, -conversion.Count, null);
}
