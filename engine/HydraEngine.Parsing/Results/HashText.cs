namespace HydraEngine.Parsing.Results;

/// <summary>Parsed hash text to bytes as hydrus decodes it.</summary>
internal static class HashText
{
    public static byte[]? Decode(string text, string encoding)
    {
        if (encoding == "hex" && TryHex(text) is { } fromHex)
        {
            return fromHex;
        }

        return TryLenientBase64(text);
    }

    private static byte[]? TryHex(string text)
    {
        try
        {
            return Convert.FromHexString(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Python's <c>base64.b64decode</c> without validation: characters outside the alphabet are discarded; padding must be right.</summary>
    private static byte[]? TryLenientBase64(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsAsciiLetterOrDigit(character) || character is '+' or '/' or '=')
            {
                kept.Append(character);
            }
        }

        var cleaned = kept.ToString();
        if (cleaned.Length % 4 != 0)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(cleaned);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
