using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// An immutable set of Unicode code points (sorted, merged ranges), written out for .NET as one code point per
/// match: the BMP part as a character class, the astral part as surrogate-pair alternatives, so that a set
/// never matches half of a character above U+FFFF (as Python's <c>re</c>, which works on code points).
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    private readonly (int Start, int End)[] ranges;

    private CodePointSet((int Start, int End)[] ranges) => this.ranges = ranges;

    public static CodePointSet Empty { get; } = new([]);

    public IReadOnlyList<(int Start, int End)> Ranges => ranges;

    public bool HasAstral => ranges.Length > 0 && ranges[^1].End >= 0x10000;

    public static CodePointSet Of(IEnumerable<(int Start, int End)> ranges)
    {
        var sorted = ranges.Where(range => range.Start <= range.End).OrderBy(range => range.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return new CodePointSet([.. merged]);
    }

    public static CodePointSet Where(Func<int, bool> member, int last = MaxCodePoint)
    {
        var found = new List<(int, int)>();
        var start = -1;
        for (var c = 0; c <= last + 1; c++)
        {
            var inside = c <= last && member(c);
            if (inside && start < 0)
            {
                start = c;
            }
            else if (!inside && start >= 0)
            {
                found.Add((start, c - 1));
                start = -1;
            }
        }

        return new CodePointSet([.. found]);
    }

    public CodePointSet Union(CodePointSet other) => Of(ranges.Concat(other.ranges));

    public CodePointSet Complement()
    {
        var gaps = new List<(int, int)>();
        var next = 0;
        foreach (var (start, end) in ranges)
        {
            gaps.Add((next, start - 1));
            next = end + 1;
        }

        gaps.Add((next, MaxCodePoint));
        return Of(gaps);
    }

    public IEnumerable<int> CodePoints() => ranges.SelectMany(range => Enumerable.Range(range.Start, range.End - range.Start + 1));

    /// <summary>
    /// The .NET pattern matching one code point of the set (surrogate code points are left out); with
    /// <paramref name="bmpOnly"/>, only its members below U+10000, for texts that hold no surrogate pair.
    /// </summary>
    public string ToDotNet(bool bmpOnly = false)
    {
        var bmp = new StringBuilder();
        var astral = new List<string>();
        foreach (var (start, end) in ranges)
        {
            AppendBmp(bmp, start, Math.Min(end, 0xD7FF));
            AppendBmp(bmp, Math.Max(start, 0xE000), Math.Min(end, 0xFFFF));
            for (var low = Math.Max(start, 0x10000); low <= end;)
            {
                var high = (low - 0x10000) >> 10;
                var blockEnd = Math.Min(end, 0x10000 + (high << 10) + 0x3FF);
                astral.Add(string.Create(CultureInfo.InvariantCulture, $@"\u{0xD800 + high:X4}[\u{0xDC00 + ((low - 0x10000) & 0x3FF):X4}-\u{0xDC00 + ((blockEnd - 0x10000) & 0x3FF):X4}]"));
                low = blockEnd + 1;
            }
        }

        // The astral alternatives sit behind a lookahead for a surrogate pair, so that ordinary text pays one test.
        var astralPart = astral.Count == 0 || bmpOnly ? null : @"(?=[\uD800-\uDBFF][\uDC00-\uDFFF])(?:" + string.Join('|', astral) + ")";
        return (bmp.Length > 0, astralPart) switch
        {
            (false, null) => "(?!)",
            (true, null) => "[" + bmp + "]",
            (false, { } only) => "(?:" + only + ")",
            (true, { } both) => "(?:[" + bmp + "]|" + both + ")",
        };
    }

    private static void AppendBmp(StringBuilder output, int start, int end)
    {
        if (start > end)
        {
            return;
        }

        output.Append(string.Create(CultureInfo.InvariantCulture, $@"\u{start:X4}"));
        if (end > start)
        {
            output.Append(string.Create(CultureInfo.InvariantCulture, $@"-\u{end:X4}"));
        }
    }
}
