using System.Text;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>
/// HTML entities: <c>html.escape(s)</c> and <c>html.unescape(s)</c>. Decoding follows Python exactly: numeric
/// references (with the Windows-1252 fix-ups and dropped invalid code points), and the full WHATWG table of
/// 2,231 named references (<see cref="Html5Entities"/>, Python's <c>html.entities.html5</c>), including
/// the legacy forms without <c>;</c> and the longest-prefix rule (<c>&amp;ampfoo</c> → <c>&amp;foo</c>).
/// </summary>
internal sealed class HtmlEntityCodec : ITextCodec
{
    private const int MaxNameCodePoints = 32;

    /// <summary>What Python substitutes for numeric references 0x80–0x9F (Windows-1252, controls kept).</summary>
    private const string C1Replacements =
        "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f" +
        "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178";

    public TextEncoding Encoding => TextEncoding.HtmlEntities;

    public string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#x27;", StringComparison.Ordinal);
    }

    public string Decode(string text)
    {
        var next = text.IndexOf('&');
        if (next < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (next >= 0)
        {
            builder.Append(text, copied, next - copied);
            var consumed = next + 1 < text.Length && text[next + 1] == '#'
                ? AppendNumeric(builder, text, next + 2)
                : AppendNamed(builder, text, next + 1);
            copied = consumed > 0 ? consumed : next + 1;
            if (consumed <= 0)
            {
                builder.Append('&');
            }

            next = text.IndexOf('&', copied);
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Decodes <c>#123;</c> or <c>#x7B;</c> starting after the <c>#</c>; returns the end, or 0 for no reference.</summary>
    private static int AppendNumeric(StringBuilder builder, string text, int start)
    {
        var hex = start < text.Length && text[start] is 'x' or 'X';
        var digitsStart = hex ? start + 1 : start;
        var end = digitsStart;
        long value = 0;
        while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
        {
            value = Math.Min((value * (hex ? 16 : 10)) + HexValue(text[end]), 0x7FFFFFFF);
            end++;
        }

        if (end == digitsStart)
        {
            return 0;
        }

        AppendCodePoint(builder, value);
        return end < text.Length && text[end] == ';' ? end + 1 : end;
    }

    private static void AppendCodePoint(StringBuilder builder, long value)
    {
        if (value is 0)
        {
            builder.Append('\uFFFD');
        }
        else if (value is 0x0D)
        {
            builder.Append('\r');
        }
        else if (value is >= 0x80 and <= 0x9F)
        {
            builder.Append(C1Replacements[(int)value - 0x80]);
        }
        else if (value is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
        {
            builder.Append('\uFFFD');
        }
        else if (!IsInvalidCodePoint((int)value))
        {
            builder.Append(char.ConvertFromUtf32((int)value));
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static bool IsInvalidCodePoint(int value) =>
        value is >= 0x01 and <= 0x08 or 0x0B or >= 0x0E and <= 0x1F or 0x7F or >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;

    /// <summary>Decodes a named reference starting after the <c>&amp;</c>; returns the end, or 0 for no reference.</summary>
    private static int AppendNamed(StringBuilder builder, string text, int start)
    {
        var end = start;
        for (var count = 0; count < MaxNameCodePoints && end < text.Length && text[end] is not ('\t' or '\n' or '\f' or ' ' or '<' or '&' or '#' or ';'); count++)
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        }

        if (end == start)
        {
            return 0;
        }

        var withSemicolon = end < text.Length && text[end] == ';';
        var nameEnd = withSemicolon ? end + 1 : end;
        if (Html5Entities.Find(text[start..nameEnd]) is { } whole)
        {
            builder.Append(whole);
            return nameEnd;
        }

        for (var length = nameEnd - start - 1; length >= 2; length--)
        {
            if (Html5Entities.Find(text.Substring(start, length)) is { } prefix)
            {
                builder.Append(prefix);
                return start + length;
            }
        }

        builder.Append('&').Append(text, start, nameEnd - start);
        return nameEnd;
    }
}
