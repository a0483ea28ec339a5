using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Text;

/// <summary>Type 9, <c>re.sub(pattern, repl, s)</c> with Python pattern and template syntax.</summary>
internal sealed class RegexSubstitutionEvaluator : ConversionEvaluator<RegexSubstitution>
{
    protected override string Apply(RegexSubstitution conversion, string text) =>
        PythonRegex.Substitute(conversion.Pattern, conversion.Replacement, text);
}
