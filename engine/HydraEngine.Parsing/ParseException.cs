namespace HydraEngine.Parsing;

/// <summary>
/// A parse error (hydrus's ParseException): bad HTML/JSON, a failing pre-parse conversion… The whole page
/// fails with it. <see cref="Pointer"/> names the formula (a JSON Pointer into the parser's native form).
/// </summary>
public sealed class ParseException(string code, string message, string pointer, string inputExcerpt) : Exception(message)
{
    public string Code { get; } = code;

    public string Pointer { get; } = pointer;

    public string InputExcerpt { get; } = inputExcerpt;

    public static string Excerpt(string text, int around = 0)
    {
        const int limit = 200;
        if (text.Length <= limit)
        {
            return text;
        }

        var start = Math.Clamp(around - (limit / 2), 0, text.Length - limit);
        return (start > 0 ? "…" : "") + text.Substring(start, limit) + (start + limit < text.Length ? "…" : "");
    }
}

/// <summary>A veto raised by a veto content parser (hydrus's VetoException): "ignored", not an error.</summary>
public sealed class VetoException(string message) : Exception(message);
