using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Steps;

/// <summary>String Converter: converts each string; a string whose conversion fails is dropped.</summary>
internal sealed class ConverterStepEvaluator : StringStepEvaluator<StringConverter>
{
    protected override IReadOnlyList<string> Apply(StringConverter step, IReadOnlyList<string> texts, StringServices services)
    {
        var converted = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            if (services.TryConvert(step, text, out var result))
            {
                converted.Add(result);
            }
        }

        return converted;
    }
}
