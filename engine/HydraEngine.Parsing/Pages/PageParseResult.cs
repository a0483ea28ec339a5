using HydraEngine.Parsing.Content;

namespace HydraEngine.Parsing.Pages;

/// <summary>Why a page gave no posts: a parse error (names the formula by JSON Pointer) or a veto.</summary>
public sealed record ParseFailure(string Code, string Message, string Pointer, string InputExcerpt, bool IsVeto);

/// <summary>The posts hydrus would produce from one page, or the failure that stopped it.</summary>
public sealed record PageParseResult(IReadOnlyList<ParsedPost> Posts, ParseFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
