using HydraEngine.Model.Parsing;

namespace HydraEngine.Parsing.Content;

/// <summary>One parsed value: what it is (the content parser's kind), the content parser's name, the text.</summary>
public sealed record ParsedContent(string Name, ContentKind Kind, string Value);

/// <summary>hydrus's ParsedPost: the contents found for one post, in order.</summary>
public sealed record ParsedPost(IReadOnlyList<ParsedContent> Contents);
