using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using HydraEngine.Strings.Patterns;

namespace HydraEngine.Strings;

/// <summary>
/// Python <c>re</c> patterns run on .NET (objects.md §0): patterns are translated (named groups and their
/// numbering, <c>\Z</c>, <c>{,n}</c>, Python's Unicode <c>\w \s</c>, escapes, inline flags), compiled once with
/// <see cref="RegexOptions.CultureInvariant"/> and <see cref="MatchTimeout"/>, and cached in a bounded cache. The cache is
/// shared by every engine in the process: it is thread-safe and pure (a pattern always compiles to the same regex).
/// Every regex this returns throws <see cref="RegexMatchTimeoutException"/> past the timeout rather than hang.
/// </summary>
public static class PythonRegex
{
    private const int CacheCapacity = 4096;

    private static readonly BoundedCache<string, CompiledPattern> Patterns = new(CacheCapacity);
    private static readonly BoundedCache<(string Pattern, string Template), TemplateResult> Templates = new(CacheCapacity);
    /// <summary>How long one match may run.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The compiled .NET regex for a Python pattern.</summary>
    /// <exception cref="StringProcessingException">Code <see cref="StringErrorCodes.RegexInvalid"/>: Python would not compile it.</exception>
    public static Regex Get(string pythonPattern)
    {
        var compiled = Compile(pythonPattern);
        return compiled.Regex ?? throw new StringProcessingException(StringErrorCodes.RegexInvalid, $"invalid regex \"{pythonPattern}\": {compiled.Error}");
    }

    /// <summary>The compiled .NET regex for a Python pattern, or false when the pattern is invalid.</summary>
    public static bool TryGet(string pythonPattern, [NotNullWhen(true)] out Regex? regex)
    {
        regex = Compile(pythonPattern).Regex;
        return regex is not null;
    }

    /// <summary>Python <c>re.sub(pattern, replacement, input)</c>: every match replaced using Python template syntax.</summary>
    /// <exception cref="StringProcessingException">
    /// Code <see cref="StringErrorCodes.RegexInvalid"/> for a bad pattern or template,
    /// <see cref="StringErrorCodes.RegexTimeout"/> when matching runs past <see cref="MatchTimeout"/>.
    /// </exception>
    public static string Substitute(string pattern, string replacement, string input)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        ArgumentNullException.ThrowIfNull(input);
        var compiled = Compile(pattern);
        var regex = compiled.Regex ?? throw new StringProcessingException(StringErrorCodes.RegexInvalid, $"invalid regex \"{pattern}\": {compiled.Error}");
        var template = Templates.GetOrAdd((pattern, replacement), static (key, compiled) => ParseTemplate(key.Template, compiled), regex);
        if (template.Template is null)
        {
            throw new StringProcessingException(StringErrorCodes.RegexInvalid, $"invalid replacement \"{replacement}\": {template.Error}");
        }

        try
        {
            var forText = compiled.For(input);
            return PythonSubstitution.Replace(forText.Regex, forText.NonEmptyAt, input, template.Template.Evaluator);
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw Timeout(pattern, exception);
        }
    }

    /// <summary>Python <c>re.search</c>: whether the pattern matches anywhere (false when invalid or timed out).</summary>
    internal static bool SearchMatches(string pattern, string input)
    {
        var compiled = Compile(pattern);
        if (compiled.Regex is null)
        {
            return false;
        }

        try
        {
            return compiled.For(input).Regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static StringProcessingException Timeout(string pattern, RegexMatchTimeoutException exception) =>
        new(StringErrorCodes.RegexTimeout, $"regex \"{pattern}\" ran past the {MatchTimeout.TotalMilliseconds} ms match timeout", exception);

    private static CompiledPattern Compile(string pythonPattern)
    {
        ArgumentNullException.ThrowIfNull(pythonPattern);
        return Patterns.GetOrAdd(pythonPattern, static pattern =>
        {
            try
            {
                var translated = PythonPatternTranslator.Translate(pattern);
                var bmp = PythonPatternTranslator.Translate(pattern, bmpOnly: true);
                var regex = Build(translated);
                return new CompiledPattern(regex, null)
                {
                    Astral = new Variant(regex, Build(PythonSubstitution.NonEmptyAt(translated))),
                    Bmp = bmp == translated ? null : new Variant(Build(bmp), Build(PythonSubstitution.NonEmptyAt(bmp))),
                };
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                return new CompiledPattern(null, exception.Message);
            }
        });
    }

    private static TemplateResult ParseTemplate(string template, Regex regex)
    {
        try
        {
            return new TemplateResult(ReplacementTemplate.Parse(template, regex), null);
        }
        catch (FormatException exception)
        {
            return new TemplateResult(null, exception.Message);
        }
    }

    private static Regex Build(string translated) => new(translated, RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>
    /// A pattern compiled for every text (<see cref="Astral"/>: a surrogate pair is one code point) and, when that
    /// differs, for texts without surrogates (<see cref="Bmp"/>: the same matches, with .NET's fast loops).
    /// </summary>
    private sealed record CompiledPattern(Regex? Regex, string? Error)
    {
        public Variant? Astral { get; init; }

        public Variant? Bmp { get; init; }

        public Variant For(string input) => Bmp is { } bmp && !HasSurrogate(input) ? bmp : Astral!;

        private static bool HasSurrogate(string input) => input.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    /// <summary>A compiled pattern, and the same anchored at the search position and required to match text (<see cref="PythonSubstitution"/>).</summary>
    private sealed record Variant(Regex Regex, Regex NonEmptyAt);

    private sealed record TemplateResult(ReplacementTemplate? Template, string? Error);
}
