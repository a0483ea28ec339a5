namespace HydraEngine.Storage.Relations;

/// <summary>A sibling pair in a tag service: <see cref="BadTag"/> is shown and searched as <see cref="IdealTag"/>.</summary>
/// <param name="BadTag">The tag being replaced.</param>
/// <param name="GoodTag">The tag it points at.</param>
/// <param name="IdealTag">The end of the chain from <see cref="GoodTag"/>.</param>
public sealed record TagSibling(string BadTag, string GoodTag, string IdealTag);

/// <summary>A parent pair in a tag service: a file with <see cref="ChildTag"/> also shows (and matches) <see cref="ParentTag"/>.</summary>
public sealed record TagParent(string ChildTag, string ParentTag);

/// <summary>
/// A tag's relations in one tag service: every tag of its sibling chain, the chain's ideal, and the ideal tags
/// below it (children, transitively) and above it (parents, transitively). A tag without relations is its own chain.
/// </summary>
public sealed record TagFamily(IReadOnlyList<string> Siblings, string IdealTag, IReadOnlyList<string> Descendants, IReadOnlyList<string> Ancestors);
