namespace HydraEngine.Strings;

/// <summary>
/// A string operation failed the way hydrus's raise would (a converter step, a regex that will not compile or
/// ran past <see cref="PythonRegex.MatchTimeout"/>). <see cref="Code"/> is one of <see cref="StringErrorCodes"/>.
/// </summary>
public sealed class StringProcessingException : Exception
{
    public StringProcessingException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public StringProcessingException(string code, string message, int stepIndex, string stepType, Exception? innerException = null)
        : this(code, $"step {stepIndex} ({stepType}): {message}", innerException)
    {
        StepIndex = stepIndex;
        StepType = stepType;
    }

    /// <summary>A stable machine-readable code from <see cref="StringErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The zero-based index of the converter step that failed, when a step failed.</summary>
    public int? StepIndex { get; }

    /// <summary>The name of the failed step's type (for example <c>RegexSubstitution</c>), when a step failed.</summary>
    public string? StepType { get; }
}

/// <summary>The stable codes of <see cref="StringProcessingException"/>.</summary>
public static class StringErrorCodes
{
    /// <summary>A converter step raised (bad input for the step, bad step data).</summary>
    public const string ConversionFailed = "strings.conversion-failed";

    /// <summary>A regex ran past <see cref="PythonRegex.MatchTimeout"/>.</summary>
    public const string RegexTimeout = "strings.regex-timeout";

    /// <summary>A Python pattern or replacement template is invalid (or uses syntax HydraEngine cannot run).</summary>
    public const string RegexInvalid = "strings.regex-invalid";

    /// <summary>No evaluator is registered for a converter step's type.</summary>
    public const string UnknownConversion = "strings.unknown-conversion";
}
