namespace HydraEngine.Strings.Patterns;

/// <summary>Python's bookkeeping of capture groups while a pattern is parsed: numbers, names, open groups.</summary>
internal sealed class GroupTracker
{
    private readonly Stack<int> open = new();
    private readonly HashSet<int> closed = [];
    private readonly Dictionary<string, int> names = new(StringComparer.Ordinal);
    private readonly List<int> forwardReferences = [];
    private int count;

    public int Depth => open.Count;

    /// <summary>Opens a capture group (named when <paramref name="name"/> is given); returns its Python number.</summary>
    public int OpenCapture(string? name, PatternReader? reader = null)
    {
        if (name is not null)
        {
            if (!IsIdentifier(name))
            {
                throw reader!.Error($"bad character in group name '{name}'");
            }

            if (!names.TryAdd(name, count + 1))
            {
                throw reader!.Error($"redefinition of group name '{name}'");
            }
        }

        open.Push(++count);
        return count;
    }

    /// <summary>Opens a group that captures nothing (non-capturing, lookaround, conditional, scoped flags).</summary>
    public void OpenOther() => open.Push(0);

    public void Close(PatternReader reader)
    {
        if (open.Count == 0)
        {
            throw reader.Error("unbalanced parenthesis");
        }

        closed.Add(open.Pop());
    }

    /// <summary>A backreference must name a group that exists and is already closed.</summary>
    public void CheckReference(PatternReader reader, int number)
    {
        if (number > count)
        {
            throw reader.Error($"invalid group reference {number}");
        }

        if (!closed.Contains(number))
        {
            throw reader.Error("cannot refer to an open group");
        }
    }

    public int NumberOf(string name, PatternReader reader) =>
        names.TryGetValue(name, out var number) ? number : throw reader.Error($"unknown group name '{name}'");

    public void AddForwardReference(int number) => forwardReferences.Add(number);

    public void EnsureAllClosed(PatternReader reader)
    {
        if (open.Count > 0)
        {
            throw reader.Error("missing ), unterminated subpattern");
        }

        foreach (var number in forwardReferences)
        {
            if (number > count)
            {
                throw reader.Error($"invalid group reference {number}");
            }
        }
    }

    /// <summary>Python <c>str.isidentifier()</c> (letters, <c>_</c>, then also digits and marks).</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }

        return true;
    }
}
