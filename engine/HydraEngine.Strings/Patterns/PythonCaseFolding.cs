using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// Python 3.11's <c>re.IGNORECASE</c> on <c>str</c>: a character matches a pattern character when their simple
/// lower-case forms are equal, or equal up to the extra equivalences sre adds (<c>re._casefix</c>: i/ı, s/ſ, µ/μ,
/// the Greek symbol forms, final sigma, ṡ/ẛ, ﬅ/ﬆ and the Cyrillic small letters' variants).
/// </summary>
internal static class PythonCaseFolding
{
    private static readonly int[][] ExtraCases =
    [
        [0x69, 0x131], [0x73, 0x17F], [0xB5, 0x3BC], [0x345, 0x3B9, 0x1FBE], [0x390, 0x1FD3], [0x3B0, 0x1FE3], [0x3B2, 0x3D0],
        [0x3B5, 0x3F5], [0x3B8, 0x3D1], [0x3BA, 0x3F0], [0x3C0, 0x3D6], [0x3C1, 0x3F1], [0x3C2, 0x3C3], [0x3C6, 0x3D5],
        [0x432, 0x1C80], [0x434, 0x1C81], [0x43E, 0x1C82], [0x441, 0x1C83], [0x442, 0x1C84, 0x1C85], [0x44A, 0x1C86],
        [0x463, 0x1C87], [0x1C88, 0xA64B], [0x1E61, 0x1E9B], [0xFB05, 0xFB06],
    ];

    /// <summary>Code points by their lower-case form (only those whose lower-case form is another code point).</summary>
    private static readonly Lazy<Dictionary<int, List<int>>> ByLower = new(BuildByLower);

    /// <summary>Every code point a case-insensitive Python pattern matches for a member of <paramref name="set"/>.</summary>
    public static CodePointSet Close(CodePointSet set)
    {
        var targets = new HashSet<int>();
        foreach (var c in set.CodePoints())
        {
            var lower = Lower(c);
            targets.Add(lower);
            foreach (var group in ExtraCases)
            {
                if (Array.IndexOf(group, lower) >= 0)
                {
                    targets.UnionWith(group);
                }
            }
        }

        var members = new List<(int, int)>();
        foreach (var target in targets)
        {
            if (Lower(target) == target)
            {
                members.Add((target, target));
            }

            if (ByLower.Value.TryGetValue(target, out var others))
            {
                members.AddRange(others.Select(other => (other, other)));
            }
        }

        return CodePointSet.Of(members);
    }

    /// <summary>Whether the closure would add anything (a quick test before <see cref="Close"/>).</summary>
    public static bool IsCased(int c) => Lower(c) != c || ByLower.Value.ContainsKey(c) || ExtraCases.Any(group => Array.IndexOf(group, c) >= 0);

    // .NET's invariant casing leaves U+0130 alone; its simple lower-case mapping (which sre uses) is i.
    private static int Lower(int c) => c switch
    {
        >= 0xD800 and <= 0xDFFF => c,
        0x130 => 0x69,
        _ => Rune.ToLowerInvariant(new Rune(c)).Value,
    };

    private static Dictionary<int, List<int>> BuildByLower()
    {
        var byLower = new Dictionary<int, List<int>>();
        for (var c = 0; c <= CodePointSet.MaxCodePoint; c++)
        {
            var lower = Lower(c);
            if (lower != c)
            {
                if (!byLower.TryGetValue(lower, out var list))
                {
                    byLower[lower] = list = [];
                }

                list.Add(c);
            }
        }

        return byLower;
    }
}
