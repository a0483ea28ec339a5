using System.Collections.Frozen;
using System.Text.RegularExpressions;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions;
using HydraEngine.Strings.Steps;

namespace HydraEngine.Strings;

/// <summary>
/// One engine's string processing: the converter-step and processor-step evaluators (built-ins plus what its
/// plugins contribute, see <see cref="StringServicesBuilder"/>) and the clock relative dates are read against.
/// Immutable: two engines with different plugins each hold their own.
/// </summary>
public sealed class StringServices
{
    private readonly FrozenDictionary<Type, IConversionEvaluator> conversions;
    private readonly FrozenDictionary<Type, IStringStepEvaluator> steps;

    internal StringServices(FrozenDictionary<Type, IConversionEvaluator> conversions, FrozenDictionary<Type, IStringStepEvaluator> steps, TimeProvider clock)
    {
        this.conversions = conversions;
        this.steps = steps;
        Clock = clock;
    }

    /// <summary>The built-in steps only, on the system clock.</summary>
    public static StringServices Default { get; } = new StringServicesBuilder().Build();

    /// <summary>What "now" is for relative dates (an accelerated clock reaches them through here).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Whether a converter step of this exact type can be applied.</summary>
    public bool CanConvert(Type conversionType) => conversions.ContainsKey(conversionType);

    /// <summary>Whether a processor step of this exact type can be applied.</summary>
    public bool CanProcess(Type stepType) => steps.ContainsKey(stepType);

    /// <summary>Applies a hydrus String Converter (55): every conversion step in order (objects.md §2).</summary>
    /// <exception cref="StringProcessingException">
    /// A step failed (<see cref="StringErrorCodes.ConversionFailed"/>, <see cref="StringErrorCodes.RegexTimeout"/>,
    /// <see cref="StringErrorCodes.RegexInvalid"/> or <see cref="StringErrorCodes.UnknownConversion"/>); the message
    /// names the step's index and type.
    /// </exception>
    public string Convert(StringConverter converter, string text)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(text);
        var all = converter.Conversions;
        for (var index = 0; index < all.Count; index++)
        {
            text = Apply(all[index], index, text);
        }

        return text;
    }

    /// <summary>
    /// Runs a hydrus String Processor (84) over a list of strings (objects.md §8) with hydrus's failure rules:
    /// converters and splitters drop the strings they fail on, matches keep matching strings, sorters/slicers/tag
    /// filters/joiners leave the list unchanged on error, and a step of a kind with no evaluator empties the list
    /// (later steps still run). Never throws for bad step data.
    /// </summary>
    public IReadOnlyList<string> Process(StringProcessor processor, IReadOnlyList<string> texts) => Process(processor, texts, null);

    /// <summary>As <see cref="Process(StringProcessor, IReadOnlyList{string})"/>, checking <paramref name="budget"/> before each string a step takes (throws <see cref="TimeBudgetExceededException"/>).</summary>
    public IReadOnlyList<string> Process(StringProcessor processor, IReadOnlyList<string> texts, TimeBudget? budget)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(texts);
        var current = texts;
        foreach (var step in processor.Steps)
        {
            var evaluator = step is null ? null : steps.GetValueOrDefault(step.GetType());
            current = evaluator is null ? [] : evaluator.Apply(step!, budget is null ? current : budget.Guard(current), this);
        }

        return current;
    }

    /// <summary>Like <see cref="Convert"/>, returning false instead of throwing when a step fails.</summary>
    internal bool TryConvert(StringConverter converter, string text, out string result)
    {
        try
        {
            result = Convert(converter, text);
            return true;
        }
        catch (StringProcessingException)
        {
            result = text;
            return false;
        }
    }

    private string Apply(StringConversion conversion, int index, string text)
    {
        var type = conversion.GetType();
        var evaluator = conversions.GetValueOrDefault(type)
            ?? throw new StringProcessingException(StringErrorCodes.UnknownConversion, "no evaluator is registered for this conversion", index, type.Name);
        try
        {
            return evaluator.Apply(conversion, text);
        }
        catch (StringProcessingException exception)
        {
            throw new StringProcessingException(exception.Code, exception.Message, index, type.Name, exception);
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw new StringProcessingException(StringErrorCodes.RegexTimeout, exception.Message, index, type.Name, exception);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new StringProcessingException(StringErrorCodes.ConversionFailed, $"could not apply to \"{Shorten(text)}\": {exception.Message}", index, type.Name, exception);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
