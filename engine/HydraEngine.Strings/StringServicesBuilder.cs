using System.Collections.Frozen;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions;
using HydraEngine.Strings.Conversions.Dates;
using HydraEngine.Strings.Conversions.Encodings;
using HydraEngine.Strings.Conversions.Numbers;
using HydraEngine.Strings.Conversions.Text;
using HydraEngine.Strings.Steps;

namespace HydraEngine.Strings;

/// <summary>
/// Builds an engine's <see cref="StringServices"/>: the built-in steps, then what the host adds (a plugin host adds
/// its plugin converter steps with <see cref="AddConverterStep"/>). A later addition for the same type replaces an
/// earlier one. The builder is used once, by one thread, while the engine is put together.
/// </summary>
public sealed class StringServicesBuilder
{
    private readonly List<IConversionEvaluator> addedConversions = [];
    private readonly List<IStringStepEvaluator> addedSteps = [];
    private TimeProvider clock = TimeProvider.System;

    /// <summary>The clock relative dates ("3 days ago") are read against.</summary>
    public StringServicesBuilder WithClock(TimeProvider value)
    {
        clock = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>
    /// Conversions of <paramref name="conversionType"/> (a concrete <see cref="StringConversion"/> subtype) are applied by
    /// <paramref name="apply"/>; any exception it throws fails the step, as for built-in steps.
    /// </summary>
    public StringServicesBuilder AddConverterStep(Type conversionType, Func<StringConversion, string, string> apply)
    {
        ArgumentNullException.ThrowIfNull(conversionType);
        ArgumentNullException.ThrowIfNull(apply);
        if (!conversionType.IsSubclassOf(typeof(StringConversion)) || conversionType.IsAbstract)
        {
            throw new ArgumentException($"{conversionType.Name} is not a concrete StringConversion type.", nameof(conversionType));
        }

        addedConversions.Add(new DelegateConversionEvaluator(conversionType, apply));
        return this;
    }

    public StringServices Build()
    {
        IConversionEvaluator[] builtIn =
        [
            new RemoveFromBeginningEvaluator(), new RemoveFromEndEvaluator(), new ClipFromBeginningEvaluator(), new ClipFromEndEvaluator(),
            new PrependEvaluator(), new AppendEvaluator(), new ReverseEvaluator(), new AppendRandomEvaluator(),
            new EncodeTextEvaluator(), new DecodeTextEvaluator(), new RegexSubstitutionEvaluator(),
            new IntegerAdditionEvaluator(), new HashTextEvaluator(),
            new DateDecodeEvaluator(), new DateEncodeEvaluator(clock), new DateDecodeEasyEvaluator(clock),
        ];
        IStringStepEvaluator[] builtInSteps =
        [
            new MatchStepEvaluator(), new ConverterStepEvaluator(), new SplitterStepEvaluator(), new JoinerStepEvaluator(),
            new SorterStepEvaluator(), new SlicerStepEvaluator(), new TagFilterStepEvaluator(),
        ];
        return new StringServices(
            LastWins(builtIn.Concat(addedConversions), evaluator => evaluator.ConversionType),
            LastWins(builtInSteps.Concat(addedSteps), evaluator => evaluator.StepType),
            clock);
    }

    /// <summary>Adds an evaluator of a processor step kind (tests add their own kinds here).</summary>
    internal StringServicesBuilder AddStep(IStringStepEvaluator evaluator)
    {
        addedSteps.Add(evaluator);
        return this;
    }

    /// <summary>Adds a converter-step evaluator (tests add their own kinds here).</summary>
    internal StringServicesBuilder AddConversion(IConversionEvaluator evaluator)
    {
        addedConversions.Add(evaluator);
        return this;
    }

    private static FrozenDictionary<Type, T> LastWins<T>(IEnumerable<T> evaluators, Func<T, Type> key)
    {
        var byType = new Dictionary<Type, T>();
        foreach (var evaluator in evaluators)
        {
            byType[key(evaluator)] = evaluator;
        }

        return byType.ToFrozenDictionary();
    }

    private sealed class DelegateConversionEvaluator(Type conversionType, Func<StringConversion, string, string> apply) : IConversionEvaluator
    {
        public Type ConversionType => conversionType;

        public string Apply(StringConversion conversion, string text) => apply(conversion, text);
    }
}
