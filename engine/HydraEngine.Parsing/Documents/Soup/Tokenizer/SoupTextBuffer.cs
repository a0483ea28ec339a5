namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// Text the tokenizer gathers for a name, a value, a comment or a doctype identifier. While it is one run of the source
/// it stays a slice (start and end); only when a piece comes from elsewhere (a character reference, U+FFFD for NUL)
/// are the characters copied into a reused array.
/// </summary>
internal sealed class SoupTextBuffer(string source)
{
    private char[] copy = new char[64];
    private int copied;
    private int start;
    private int end;
    private bool copying;

    public bool IsEmpty => copying ? copied == 0 : start == end;

    /// <summary>Empties it; the next source run may start anywhere.</summary>
    public void Clear()
    {
        copying = false;
        copied = 0;
        start = 0;
        end = 0;
    }

    /// <summary>Adds the source characters from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public void AddSource(int from, int to)
    {
        if (!copying && (start == end || from == end))
        {
            if (start == end)
            {
                start = from;
            }

            end = to;
            return;
        }

        Add(source.AsSpan(from, to - from));
    }

    /// <summary>Adds characters from elsewhere (the buffer then holds a copy).</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        if (!copying)
        {
            copying = true;
            copied = 0;
            Append(source.AsSpan(start, end - start));
        }

        Append(text);
    }

    public ReadOnlySpan<char> Span => copying ? copy.AsSpan(0, copied) : source.AsSpan(start, end - start);

    /// <summary>The text with ASCII capitals lowercased (copied first when it has any).</summary>
    public ReadOnlySpan<char> Lowered()
    {
        var span = Span;
        if (!span.ContainsAnyInRange('A', 'Z'))
        {
            return span;
        }

        Add([]);
        var chars = copy.AsSpan(0, copied);
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + 32);
            }
        }

        return chars;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (copied + text.Length > copy.Length)
        {
            Array.Resize(ref copy, Math.Max(copy.Length * 2, copied + text.Length));
        }

        text.CopyTo(copy.AsSpan(copied));
        copied += text.Length;
    }
}
