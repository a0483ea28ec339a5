namespace HydraEngine.Model.Text;

/// <summary>
/// Levenshtein distance (insert, delete, substitute; an adjacent swap counts once, as people mistype), case-insensitive,
/// for "did you mean …?" suggestions.
/// </summary>
public static class EditDistance
{
    /// <summary>The edits that turn <paramref name="a"/> into <paramref name="b"/> (ignoring case).</summary>
    public static int Between(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var beforePrevious = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidates within a typo's reach of <paramref name="word"/> (at most a third of its length, at least one
    /// edit), nearest first, then those that contain it or that it contains; at most <paramref name="count"/>.
    /// </summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates, int count = 3)
    {
        var reach = Math.Max(1, word.Length / 3);
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(candidate => (Candidate: candidate, Distance: Between(word, candidate)))
            .Where(pair => pair.Distance <= reach
                || (word.Length >= 3 && (pair.Candidate.Contains(word, StringComparison.OrdinalIgnoreCase) || word.Contains(pair.Candidate, StringComparison.OrdinalIgnoreCase))))
            .Where(pair => pair.Distance > 0 || !string.Equals(pair.Candidate, word, StringComparison.Ordinal))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.Candidate)
            .ToList();
    }
}
