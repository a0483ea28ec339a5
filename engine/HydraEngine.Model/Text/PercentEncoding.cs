using System.Buffers;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>
/// URL component percent-encoding as hydrus does it (objects.md §14; hydrus's
/// <c>ensure_component_is_encoded</c> over Python's <c>urllib.parse.quote</c>): UTF-8 bytes, uppercase
/// hex, the unreserved characters <c>A–Z a–z 0–9 _ . - ~</c> and the caller's ASCII safe characters kept.
/// </summary>
public static class PercentEncoding
{
    /// <summary>Characters a query key or value may keep (RFC 3986 §3.4).</summary>
    public const string ParameterSafeCharacters = "!$&'()*+,;=@:/?";

    /// <summary>Characters one path segment may keep (RFC 3986 §3.3).</summary>
    public const string PathSafeCharacters = "!$&'()*+,;=@:";

    private const string UpperHexDigits = "0123456789ABCDEF";

    private const string UnreservedCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    /// <summary>
    /// Encodes a text that may already be partly encoded: every <c>%</c> followed by two hex digits is
    /// kept as an escape, any other <c>%</c> becomes <c>%25</c>, and everything else outside the
    /// unreserved and <paramref name="safe"/> characters is percent-encoded. Idempotent on encoded text.
    /// Non-ASCII characters in <paramref name="safe"/> are ignored, as Python does.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate (Python cannot encode it either).</exception>
    public static string EnsureEncoded(string text, string safe) => Encode(text, safe, keepEscapes: true);

    /// <summary><see cref="EnsureEncoded"/> for a query key or value (hydrus's <c>ensure_param_component_is_encoded</c>).</summary>
    public static string EnsureParameterComponentEncoded(string text) => EnsureEncoded(text, ParameterSafeCharacters);

    /// <summary><see cref="EnsureEncoded"/> for one path segment (hydrus's <c>ensure_path_component_is_encoded</c>).</summary>
    public static string EnsurePathComponentEncoded(string text) => EnsureEncoded(text, PathSafeCharacters);

    /// <summary>
    /// Encodes every character but the unreserved ones, <c>%</c> included (<c>quote(s, safe='')</c>, the
    /// String Converter's "url percent encoding").
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate.</exception>
    public static string PercentEncodeAll(string text) => Encode(text, "", keepEscapes: false);

    private static string Encode(string text, string safe, bool keepEscapes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(safe);

        var kept = new AsciiSet(safe);
        var firstChange = FirstIndexToChange(text, kept, keepEscapes);
        if (firstChange < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, firstChange);
        Span<byte> utf8 = stackalloc byte[4];
        for (var index = firstChange; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '%' && keepEscapes)
            {
                builder.Append(StartsWithTwoHexDigits(text, index + 1) ? "%" : "%25");
            }
            else if (kept.Contains(character))
            {
                builder.Append(character);
            }
            else
            {
                index += AppendEscapedScalar(builder, text, index, utf8) - 1;
            }
        }

        return builder.ToString();
    }

    private static int FirstIndexToChange(string text, AsciiSet kept, bool keepEscapes)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            var unchanged = kept.Contains(character) || (character == '%' && keepEscapes && StartsWithTwoHexDigits(text, index + 1));
            if (!unchanged)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Appends <c>%XX</c> for each UTF-8 byte of the scalar at <paramref name="index"/>; returns the UTF-16 units used.</summary>
    private static int AppendEscapedScalar(StringBuilder builder, string text, int index, Span<byte> utf8)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != OperationStatus.Done)
        {
            throw new ArgumentException($"the text has a lone surrogate at index {index}, which UTF-8 cannot encode", nameof(text));
        }

        var length = rune.EncodeToUtf8(utf8);
        foreach (var value in utf8[..length])
        {
            builder.Append('%').Append(UpperHexDigits[value >> 4]).Append(UpperHexDigits[value & 0xF]);
        }

        return consumed;
    }

    private static bool StartsWithTwoHexDigits(string text, int start) =>
        start + 1 < text.Length && char.IsAsciiHexDigit(text[start]) && char.IsAsciiHexDigit(text[start + 1]);

    /// <summary>The unreserved characters plus the ASCII characters of a safe list, as a 128-bit mask.</summary>
    private readonly struct AsciiSet
    {
        private static readonly AsciiSet Unreserved = new(UnreservedCharacters, includeUnreserved: false);

        private readonly ulong low;
        private readonly ulong high;

        public AsciiSet(string safe, bool includeUnreserved = true)
        {
            if (includeUnreserved)
            {
                (low, high) = (Unreserved.low, Unreserved.high);
            }

            foreach (var character in safe)
            {
                if (character < 64)
                {
                    low |= 1UL << character;
                }
                else if (character < 128)
                {
                    high |= 1UL << (character - 64);
                }
            }
        }

        public bool Contains(char character) => character switch
        {
            < (char)64 => ((low >> character) & 1) != 0,
            < (char)128 => ((high >> (character - 64)) & 1) != 0,
            _ => false,
        };
    }
}
