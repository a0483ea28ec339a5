namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>A doctype token: its name (lowercase), identifiers (null when absent) and whether it was well formed.</summary>
internal sealed record SoupDoctype(string Name, string? PublicId, string? SystemId, bool Correct)
{
    /// <summary>The text bs4 keeps for it: the name, then <c>PUBLIC "…" "…"</c> or <c>SYSTEM "…"</c>.</summary>
    public string Text => PublicId is not null
        ? SystemId is not null ? $"{Name} PUBLIC \"{PublicId}\" \"{SystemId}\"" : $"{Name} PUBLIC \"{PublicId}\""
        : SystemId is not null ? $"{Name} SYSTEM \"{SystemId}\"" : Name;
}
