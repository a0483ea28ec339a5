using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions;

/// <summary>Applies one kind of String Converter step (one <see cref="StringConversion"/> subtype).</summary>
internal interface IConversionEvaluator
{
    /// <summary>The <see cref="StringConversion"/> subtype this evaluator applies.</summary>
    Type ConversionType { get; }

    /// <summary>Applies the step; any exception means the step (and so the conversion) failed.</summary>
    string Apply(StringConversion conversion, string text);
}

/// <summary>Typed base for <see cref="IConversionEvaluator"/>.</summary>
internal abstract class ConversionEvaluator<TConversion> : IConversionEvaluator
    where TConversion : StringConversion
{
    public Type ConversionType => typeof(TConversion);

    public string Apply(StringConversion conversion, string text) => Apply((TConversion)conversion, text);

    protected abstract string Apply(TConversion conversion, string text);
}
