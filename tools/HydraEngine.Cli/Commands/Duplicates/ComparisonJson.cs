using System.Text.Json.Nodes;
using HydraEngine.Storage.Duplicates;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>A comparison as JSON: <c>{"score","better","pixel_duplicates","statements":[{"name","text","score"}]}</c> (better is null on a tie).</summary>
internal static class ComparisonJson
{
    public static JsonObject Of(DuplicateComparison comparison) => new()
    {
        ["score"] = comparison.Score,
        ["better"] = comparison.Better?.ToHex(),
        ["pixel_duplicates"] = comparison.PixelDuplicates,
        ["statements"] = new JsonArray([.. comparison.Statements.Select(statement => (JsonNode)new JsonObject
        {
            ["name"] = statement.Name,
            ["text"] = statement.Text,
            ["score"] = statement.Score,
        })]),
    };
}
