using System.Text;

namespace HydraEngine.Strings.Python;

/// <summary>Python slicing (<c>s[a:b]</c>, <c>s[::-1]</c>) over code points and lists.</summary>
internal static class PythonSlice
{
    /// <summary>Resolves slice bounds against a length: negatives add the length, then clamp; empty when start ≥ end.</summary>
    public static (int Start, int End) Resolve(long? start, long? end, int length)
    {
        var from = Clamp(start ?? 0, length);
        var to = Clamp(end ?? length, length);
        return (from, Math.Max(from, to));
    }

    /// <summary><c>text[start:end]</c> with indices in code points (a surrogate pair is one, a lone surrogate is one).</summary>
    public static string Substring(string text, long? start, long? end)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            var (from, to) = Resolve(start, end, text.Length);
            return text[from..to];
        }

        var offsets = CodePointOffsets(text);
        var (first, last) = Resolve(start, end, offsets.Count - 1);
        return text[offsets[first]..offsets[last]];
    }

    /// <summary><c>list[start:end]</c>.</summary>
    public static IReadOnlyList<T> Sublist<T>(IReadOnlyList<T> items, long? start, long? end)
    {
        var (from, to) = Resolve(start, end, items.Count);
        var result = new T[to - from];
        for (var i = from; i < to; i++)
        {
            result[i - from] = items[i];
        }

        return result;
    }

    /// <summary><c>text[::-1]</c>: code points in reverse order (surrogate pairs stay intact).</summary>
    public static string Reverse(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                builder.Append(text[i - 1]).Append(text[i]);
                i--;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Number of code points.</summary>
    public static int CodePointCount(string text)
    {
        var count = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>UTF-16 offset of every code point, plus the text length at the end.</summary>
    private static List<int> CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return offsets;
    }

    private static int Clamp(long index, int length)
    {
        if (index < 0)
        {
            index += length;
        }

        return (int)Math.Clamp(index, 0, length);
    }
}
