using System.Collections.Frozen;
using HydraEngine.Parsing.Strings.Conversions.Dates;
using HydraEngine.Parsing.Strings.Conversions.Encodings;
using HydraEngine.Parsing.Strings.Conversions.Numbers;
using HydraEngine.Parsing.Strings.Conversions.Text;

namespace HydraEngine.Parsing.Strings.Conversions;

/// <summary>The converter-step evaluators, keyed by conversion type. A host may <see cref="Register"/> more.</summary>
internal static class ConversionRegistry
{
    private static readonly Lock Gate = new();
    private static FrozenDictionary<Type, IConversionEvaluator> evaluators = Build(
    [
        new RemoveFromBeginningEvaluator(), new RemoveFromEndEvaluator(), new ClipFromBeginningEvaluator(), new ClipFromEndEvaluator(),
        new PrependEvaluator(), new AppendEvaluator(), new ReverseEvaluator(), new AppendRandomEvaluator(),
        new EncodeTextEvaluator(), new DecodeTextEvaluator(), new RegexSubstitutionEvaluator(),
        new IntegerAdditionEvaluator(), new HashTextEvaluator(),
        new DateDecodeEvaluator(), new DateEncodeEvaluator(), new DateDecodeEasyEvaluator(),
    ]);

    /// <summary>The evaluator for a conversion's exact type, or null when none is registered.</summary>
    public static IConversionEvaluator? Find(Type conversionType) => evaluators.GetValueOrDefault(conversionType);

    /// <summary>Adds or replaces the evaluator for its <see cref="IConversionEvaluator.ConversionType"/>.</summary>
    public static void Register(IConversionEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        lock (Gate)
        {
            var all = new Dictionary<Type, IConversionEvaluator>(evaluators) { [evaluator.ConversionType] = evaluator };
            evaluators = all.ToFrozenDictionary();
        }
    }

    private static FrozenDictionary<Type, IConversionEvaluator> Build(IConversionEvaluator[] all)
    {
        var byType = new Dictionary<Type, IConversionEvaluator>(all.Length);
        foreach (var evaluator in all)
        {
            byType.Add(evaluator.ConversionType, evaluator);
        }

        return byType.ToFrozenDictionary();
    }
}
