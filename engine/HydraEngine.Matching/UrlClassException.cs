namespace HydraEngine.Matching;

/// <summary>hydrus's URLClassException: a URL did not fit a class, or could not be normalised as asked.</summary>
public sealed class UrlClassException(string message) : Exception(message);
