using AngleSharp.Html.Parser.Tokens;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>html5lib's token kinds: text splits into a leading whitespace run (<see cref="Space"/>) and the rest.</summary>
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
internal readonly record struct SoupToken(SoupTokenKind Kind, string Data, SoupTag? Tag, HtmlDoctypeToken? Doctype = null);
