using System.Text.RegularExpressions;
using HydraEngine.Model.Strings;
using HydraEngine.Strings.Conversions;

namespace HydraEngine.Strings;

/// <summary>Applies a hydrus String Converter (55) to one string (objects.md §2).</summary>
public static class StringConverting
{
    /// <summary>Applies every conversion step in order.</summary>
    /// <exception cref="StringProcessingException">
    /// A step failed (<see cref="StringErrorCodes.ConversionFailed"/>, <see cref="StringErrorCodes.RegexTimeout"/>,
    /// <see cref="StringErrorCodes.RegexInvalid"/> or <see cref="StringErrorCodes.UnknownConversion"/>); the message
    /// names the step's index and type.
    /// </exception>
    public static string Convert(StringConverter converter, string text)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(text);
        var conversions = converter.Conversions;
        for (var index = 0; index < conversions.Count; index++)
        {
            text = Apply(conversions[index], index, text);
        }

        return text;
    }

    /// <summary>Like <see cref="Convert"/>, returning false instead of throwing when a step fails.</summary>
    internal static bool TryConvert(StringConverter converter, string text, out string result)
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

    private static string Apply(StringConversion conversion, int index, string text)
    {
        var type = conversion.GetType();
        var evaluator = ConversionRegistry.Find(type)
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
