using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// Follows an old document's element path down the new document, level by level: at each level the child of the new
/// counterpart that best matches the old element (same tag, id or classes; an element wrapped in a new one is found one
/// level lower), and what changed on it (tag, classes, attributes) and among its siblings.
/// </summary>
internal static class HtmlPathDiff
{
    private const int MaxListed = 8;

    public static (string OldPath, string NewPath, IReadOnlyList<DiffLevel> Levels) Compare(HtmlElementView oldTarget, HtmlIndex newDocument)
    {
        var oldPath = new List<HtmlElementView>();
        for (HtmlElementView? element = oldTarget; element is { } at; element = at.Parent)
        {
            oldPath.Insert(0, at);
        }

        var newPath = new List<HtmlElementView>();
        var levels = new List<DiffLevel>();
        HtmlElementView? current = null;
        for (var i = 0; i < oldPath.Count; i++)
        {
            var old = oldPath[i];
            var changes = new List<string>();
            var match = i == 0 ? HtmlElementView.Root(newDocument) : current is { } parent ? Best(old, parent.Children) : null;
            if (match is null && current is { } above && above.Children.Select(child => (Wrapper: child, Found: Best(old, child.Children))).FirstOrDefault(pair => pair.Found is not null) is { Found: { } wrapped } pair)
            {
                changes.Add($"now inside a new {pair.Wrapper.Describe()}");
                newPath.Add(pair.Wrapper);
                match = wrapped;
            }

            changes.AddRange(match is { } found ? Changes(old, found) : ["not found in the new document"]);
            var (added, removed) = i > 0 && current is { } newParent ? Siblings(old.Parent!.Value, newParent) : ([], []);
            levels.Add(new DiffLevel(old.Describe(), match?.Describe(), changes, added, removed));
            if (match is { } kept)
            {
                newPath.Add(kept);
            }

            current = match;
        }

        return (Path(oldPath), Path(newPath) + (current is null ? " > (not found)" : ""), levels);
    }

    private static string Path(IEnumerable<HtmlElementView> elements) => string.Join(" > ", elements.Select(element => element.Describe()));

    private static HtmlElementView? Best(HtmlElementView old, IEnumerable<HtmlElementView> candidates) => candidates
        .Select(candidate => (Candidate: candidate, Score: Score(old, candidate)))
        .Where(scored => scored.Score >= 2)
        .OrderByDescending(scored => scored.Score)
        .Select(scored => (HtmlElementView?)scored.Candidate)
        .FirstOrDefault();

    /// <summary>Same tag 3, same id 5, each shared class 2 (up to 4), same place among same-tag siblings 1.</summary>
    private static int Score(HtmlElementView old, HtmlElementView candidate)
    {
        var score = old.Name == candidate.Name ? 3 : 0;
        score += old.Id is { Length: > 0 } id && id == candidate.Id ? 5 : 0;
        score += Math.Min(4, 2 * old.Classes.Intersect(candidate.Classes).Count());
        return score + (score >= 3 && SameTagIndex(old) == SameTagIndex(candidate) ? 1 : 0);
    }

    private static int SameTagIndex(HtmlElementView element) =>
        element.Parent?.Children.Where(sibling => sibling.Name == element.Name).ToList().IndexOf(element) ?? 0;

    private static List<string> Changes(HtmlElementView old, HtmlElementView now)
    {
        var changes = new List<string>();
        if (old.Name != now.Name)
        {
            changes.Add($"tag renamed {old.Name} → {now.Name}");
        }

        changes.AddRange(old.Classes.Except(now.Classes).Select(name => $"class removed '{name}'"));
        changes.AddRange(now.Classes.Except(old.Classes).Select(name => $"class added '{name}'"));
        foreach (var (name, before) in old.Attributes.Where(attribute => attribute.Key != "class"))
        {
            var value = now.Attribute(name);
            if (value is null)
            {
                changes.Add($"attribute removed {name}=\"{Short(before)}\"");
            }
            else if (value != before)
            {
                changes.Add($"attribute {name} changed \"{Short(before)}\" → \"{Short(value)}\"");
            }
        }

        changes.AddRange(now.Attributes.Where(attribute => attribute.Key != "class" && old.Attribute(attribute.Key) is null).Select(attribute => $"attribute added {attribute.Key}=\"{Short(attribute.Value)}\""));
        return changes.Take(MaxListed).ToList();
    }

    private static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Siblings(HtmlElementView oldParent, HtmlElementView newParent)
    {
        var before = oldParent.Children.Select(element => element.Describe()).ToHashSet(StringComparer.Ordinal);
        var after = newParent.Children.Select(element => element.Describe()).ToHashSet(StringComparer.Ordinal);
        return (after.Except(before).Take(MaxListed).ToList(), before.Except(after).Take(MaxListed).ToList());
    }

    private static string Short(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 39), "…");
}
