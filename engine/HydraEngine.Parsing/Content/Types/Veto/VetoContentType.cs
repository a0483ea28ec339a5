using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Content.Types.Veto;

/// <summary>A veto (hydrus content type 8): stops the parse when its match is (or is not) found; yields nothing.</summary>
internal sealed class VetoContentType : ContentType<VetoContent>
{
    public override string JsonWord => "veto";

    protected override IReadOnlyList<string> Yield(VetoContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context)
    {
        var found = texts.Any(text => StringMatching.Matches(kind.Match, text));
        return kind.VetoIfMatchesFound == found ? throw new VetoException($"veto: {parserName}") : [];
    }

    protected override void WriteJson(VetoContent kind, Utf8JsonWriter writer)
    {
    }

    protected override void Read(VetoContent kind, ParsedContent content, PostContents post)
    {
    }

    protected override string Describe(VetoContent kind) => "a veto";

    protected override string Label(VetoContent kind, string name) => $"veto [{name}]";
}
