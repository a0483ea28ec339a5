namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>html5lib's token kinds: whitespace runs the tokenizer met in text (<see cref="Space"/>) apart from other text.</summary>
internal enum SoupTokenKind
{
    Characters,
    Space,
    StartTag,
    EndTag,
    Comment,
    Doctype,
}

/// <summary>One token for the tree builder.</summary>
internal readonly record struct SoupToken(SoupTokenKind Kind, string Data, SoupTag? Tag = null, SoupDoctype? Doctype = null);
