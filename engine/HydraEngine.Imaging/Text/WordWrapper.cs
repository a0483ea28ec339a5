namespace HydraEngine.Imaging.Text;

/// <summary>
/// Greedy word wrap as hydrus does it: words are separated by single spaces (empty words are dropped),
/// lines are filled while they fit, and a word too long for any line gets a line of its own.
/// </summary>
internal static class WordWrapper
{
    public static IReadOnlyList<string> Wrap(string text, int maxWidth, TextScale scale)
    {
        var lines = new List<string>();
        var current = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            current.Add(word);
            if (current.Count > 1 && scale.Measure(JoinedLength(current)) > maxWidth)
            {
                current.RemoveAt(current.Count - 1);
                lines.Add(string.Join(' ', current));
                current.Clear();
                current.Add(word);
            }
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return lines;
    }

    private static int JoinedLength(List<string> words) => words.Sum(word => word.Length) + words.Count - 1;
}
