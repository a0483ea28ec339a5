using System.Collections.Frozen;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions.Dates;
using HydraEngine.Strings.Conversions.Encodings;
using HydraEngine.Strings.Conversions.Numbers;
using HydraEngine.Strings.Conversions.Text;

namespace HydraEngine.Strings.Conversions;

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

/// <summary>
/// The public way to add converter steps from outside this assembly (the plugin host adds its plugin steps here):
/// conversions of <c>conversionType</c> are applied by a delegate. Any exception it throws fails the step, as for
/// built-in steps.
/// </summary>
public static class ConverterStepRegistration
{
    /// <summary>Adds or replaces how conversions of <paramref name="conversionType"/> (a <see cref="StringConversion"/> subtype) are applied.</summary>
    public static void Register(Type conversionType, Func<StringConversion, string, string> apply)
    {
        ArgumentNullException.ThrowIfNull(conversionType);
        ArgumentNullException.ThrowIfNull(apply);
        if (!conversionType.IsSubclassOf(typeof(StringConversion)) || conversionType.IsAbstract)
        {
            throw new ArgumentException($"{conversionType.Name} is not a concrete StringConversion type.", nameof(conversionType));
        }

        ConversionRegistry.Register(new DelegateConversionEvaluator(conversionType, apply));
    }

    private sealed class DelegateConversionEvaluator(Type conversionType, Func<StringConversion, string, string> apply) : IConversionEvaluator
    {
        public Type ConversionType => conversionType;

        public string Apply(StringConversion conversion, string text) => apply(conversion, text);
    }
}
