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
/// <remarks>Text and comments are <see cref="Data"/>: text is mostly a slice of the page, never copied for the token.</remarks>
internal readonly record struct SoupToken(SoupTokenKind Kind, ReadOnlyMemory<char> Data, SoupTag? Tag = null, SoupDoctype? Doctype = null);
