namespace HydraEngine.Abstractions;

/// <summary>
/// Thrown by a plugin when its input (a document, a text, a URL or settings) cannot be handled. The host reports
/// it as an ordinary failure of that one call and keeps the plugin enabled; any other exception disables the plugin.
/// </summary>
public sealed class PluginInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong with the input, for the user.</param>
    public PluginInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="message">What was wrong with the input, for the user.</param>
    /// <param name="innerException">The cause.</param>
    public PluginInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
