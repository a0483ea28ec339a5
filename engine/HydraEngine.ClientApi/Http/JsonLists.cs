using System.Text.Json.Nodes;

namespace HydraEngine.ClientApi.Http;

/// <summary>JSON arrays of plain values for response bodies.</summary>
internal static class JsonLists
{
    public static JsonArray Of(IEnumerable<string> values) => new([.. values.Select(value => JsonValue.Create(value))]);

    public static JsonArray Of(IEnumerable<long> values) => new([.. values.Select(value => JsonValue.Create(value))]);
}
