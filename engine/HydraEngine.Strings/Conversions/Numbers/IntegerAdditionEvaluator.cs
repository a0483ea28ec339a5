using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Numbers;

/// <summary>Type 11, <c>str(int(s) + delta)</c> with Python's <c>int()</c> parsing (so <c>"007"</c> + 1 is <c>"8"</c>).</summary>
internal sealed class IntegerAdditionEvaluator : ConversionEvaluator<IntegerAddition>
{
    protected override string Apply(IntegerAddition conversion, string text)
    {
        if (!PythonInt.TryParse(text, out var value))
        {
            throw new FormatException($"invalid literal for int() with base 10: '{text}'");
        }

        return PythonInt.TryFormat(value + conversion.Delta, out var result)
            ? result
            : throw new FormatException("exceeds the limit for integer string conversion");
    }
}
