using AngleSharp.Dom;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// Follows an old document's element path down the new document, level by level: at each level the child of the new
/// counterpart that best matches the old element (same tag, id or classes; an element wrapped in a new one is found one
/// level lower), and what changed on it (tag, classes, attributes) and among its siblings.
/// </summary>
internal static class HtmlPathDiff
{
    private const int MaxListed = 8;

    public static (string OldPath, string NewPath, IReadOnlyList<DiffLevel> Levels) Compare(IElement oldTarget, IDocument newDocument)
    {
        var oldPath = new List<IElement>();
        for (var element = oldTarget; element is not null; element = element.ParentElement)
        {
            oldPath.Insert(0, element);
        }

        var newPath = new List<IElement>();
        var levels = new List<DiffLevel>();
        IElement? current = null;
        for (var i = 0; i < oldPath.Count; i++)
        {
            var old = oldPath[i];
            var changes = new List<string>();
            var match = i == 0 ? newDocument.DocumentElement : current is null ? null : Best(old, current.Children);
            if (match is null && current is not null && current.Children.Select(child => (Wrapper: child, Found: Best(old, child.Children))).FirstOrDefault(pair => pair.Found is not null) is { Found: { } wrapped } pair)
            {
                changes.Add($"now inside a new {Describe(pair.Wrapper)}");
                newPath.Add(pair.Wrapper);
                match = wrapped;
            }

            changes.AddRange(match is null ? ["not found in the new document"] : Changes(old, match));
            var (added, removed) = i > 0 && current is not null ? Siblings(old.ParentElement!, current) : ([], []);
            levels.Add(new DiffLevel(Describe(old), match is null ? null : Describe(match), changes, added, removed));
            if (match is not null)
            {
                newPath.Add(match);
            }

            current = match;
        }

        return (Path(oldPath), Path(newPath) + (current is null ? " > (not found)" : ""), levels);
    }

    public static string Describe(IElement element) =>
        element.LocalName + (element.Id is { Length: > 0 } id ? "#" + id : "") + string.Concat(element.ClassList.Select(name => "." + name));

    private static string Path(IEnumerable<IElement> elements) => string.Join(" > ", elements.Select(Describe));

    private static IElement? Best(IElement old, IEnumerable<IElement> candidates) => candidates
        .Select(candidate => (Candidate: candidate, Score: Score(old, candidate)))
        .Where(scored => scored.Score >= 2)
        .OrderByDescending(scored => scored.Score)
        .Select(scored => scored.Candidate)
        .FirstOrDefault();

    /// <summary>Same tag 3, same id 5, each shared class 2 (up to 4), same place among same-tag siblings 1.</summary>
    private static int Score(IElement old, IElement candidate)
    {
        var score = old.LocalName == candidate.LocalName ? 3 : 0;
        score += old.Id is { Length: > 0 } id && id == candidate.Id ? 5 : 0;
        score += Math.Min(4, 2 * old.ClassList.Intersect(candidate.ClassList).Count());
        return score + (score >= 3 && SameTagIndex(old) == SameTagIndex(candidate) ? 1 : 0);
    }

    private static int SameTagIndex(IElement element) =>
        element.ParentElement?.Children.Where(sibling => sibling.LocalName == element.LocalName).ToList().IndexOf(element) ?? 0;

    private static List<string> Changes(IElement old, IElement now)
    {
        var changes = new List<string>();
        if (old.LocalName != now.LocalName)
        {
            changes.Add($"tag renamed {old.LocalName} → {now.LocalName}");
        }

        changes.AddRange(old.ClassList.Except(now.ClassList).Select(name => $"class removed '{name}'"));
        changes.AddRange(now.ClassList.Except(old.ClassList).Select(name => $"class added '{name}'"));
        foreach (var attribute in old.Attributes.Where(attribute => attribute.Name != "class"))
        {
            var value = now.GetAttribute(attribute.Name);
            if (value is null)
            {
                changes.Add($"attribute removed {attribute.Name}=\"{Short(attribute.Value)}\"");
            }
            else if (value != attribute.Value)
            {
                changes.Add($"attribute {attribute.Name} changed \"{Short(attribute.Value)}\" → \"{Short(value)}\"");
            }
        }

        changes.AddRange(now.Attributes.Where(attribute => attribute.Name != "class" && !old.HasAttribute(attribute.Name)).Select(attribute => $"attribute added {attribute.Name}=\"{Short(attribute.Value)}\""));
        return changes.Take(MaxListed).ToList();
    }

    private static (IReadOnlyList<string> Added, IReadOnlyList<string> Removed) Siblings(IElement oldParent, IElement newParent)
    {
        var before = oldParent.Children.Select(Describe).ToHashSet(StringComparer.Ordinal);
        var after = newParent.Children.Select(Describe).ToHashSet(StringComparer.Ordinal);
        return (after.Except(before).Take(MaxListed).ToList(), before.Except(after).Take(MaxListed).ToList());
    }

    private static string Short(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 39), "…");
}
