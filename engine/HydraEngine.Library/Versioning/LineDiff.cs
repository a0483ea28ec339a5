namespace HydraEngine.Library.Versioning;

/// <summary>
/// A unified diff of two texts (hunks of <c>-</c>/<c>+</c> lines with three lines of context), by longest common
/// subsequence after trimming the common head and tail.
/// </summary>
internal static class LineDiff
{
    private const int Context = 3;

    private const long MaximumCells = 16_000_000;

    public static IReadOnlyList<string> Unified(string before, string after)
    {
        var left = before.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var right = after.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var edits = Edits(left, right);
        var lines = new List<string>();
        var index = 0;
        while (index < edits.Count)
        {
            if (edits[index].Kind == ' ')
            {
                index++;
                continue;
            }

            var start = Math.Max(0, index - Context);
            var end = index;
            var quiet = 0;
            while (end < edits.Count && quiet <= 2 * Context)
            {
                quiet = edits[end].Kind == ' ' ? quiet + 1 : 0;
                end++;
            }

            end = Math.Min(edits.Count, end - Math.Max(0, quiet - Context));
            var hunk = edits.Skip(start).Take(end - start).ToList();
            var leftStart = hunk[0].Left + 1;
            var rightStart = hunk[0].Right + 1;
            lines.Add($"@@ -{leftStart},{hunk.Count(edit => edit.Kind != '+')} +{rightStart},{hunk.Count(edit => edit.Kind != '-')} @@");
            lines.AddRange(hunk.Select(edit => edit.Kind + edit.Text));
            index = end;
        }

        return lines;
    }

    /// <summary>The edit script: each line kept (' '), removed ('-') or added ('+'), with its positions in both texts.</summary>
    private static List<(char Kind, string Text, int Left, int Right)> Edits(string[] left, string[] right)
    {
        var head = 0;
        while (head < left.Length && head < right.Length && left[head] == right[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < left.Length - head && tail < right.Length - head && left[^(tail + 1)] == right[^(tail + 1)])
        {
            tail++;
        }

        var rows = left.Length - head - tail;
        var columns = right.Length - head - tail;
        var tooLarge = (long)rows * columns > MaximumCells;
        var lengths = tooLarge ? new int[1, 1] : new int[rows + 1, columns + 1];
        for (var i = tooLarge ? -1 : rows - 1; i >= 0; i--)
        {
            for (var j = columns - 1; j >= 0; j--)
            {
                lengths[i, j] = left[head + i] == right[head + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var edits = new List<(char, string, int, int)>();
        for (var k = 0; k < head; k++)
        {
            edits.Add((' ', left[k], k, k));
        }

        int a = 0, b = 0;
        while (a < rows || b < columns)
        {
            if (!tooLarge && a < rows && b < columns && left[head + a] == right[head + b])
            {
                edits.Add((' ', left[head + a], head + a, head + b));
                a++;
                b++;
            }
            else if (a < rows && (b == columns || tooLarge || lengths[a + 1, b] >= lengths[a, b + 1]))
            {
                edits.Add(('-', left[head + a], head + a, head + b));
                a++;
            }
            else
            {
                edits.Add(('+', right[head + b], head + a, head + b));
                b++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            edits.Add((' ', left[left.Length - tail + k], left.Length - tail + k, right.Length - tail + k));
        }

        return edits;
    }
}
