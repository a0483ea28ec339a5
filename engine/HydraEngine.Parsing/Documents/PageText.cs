using System.Text;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// Page bytes to text as hydrus decodes a response without a declared charset: UTF-8 when the bytes are
/// valid UTF-8 (a BOM is dropped), otherwise Windows-1252; NUL characters removed.
/// </summary>
public static class PageText
{
    internal static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static PageText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What bytes that are not valid UTF-8 are read as.</summary>
    internal static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static string Decode(byte[] bytes, string? declaredCharset = null)
    {
        string text;
        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared)
        {
            text = declared.GetString(bytes);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Windows1252.GetString(bytes);
            }
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\0') ? text.Replace("\0", "", StringComparison.Ordinal) : text;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
