using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// A request body's JSON as hydrus's <c>json.loads</c> reads it: a key given twice keeps its last value (JsonNode
/// alone refuses the object), nesting is capped, and bad JSON is a 400 saying why.
/// </summary>
internal static class LastWinsJson
{
    private const int MaxDepth = 64;

    public static JsonNode? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return Convert(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw ApiException.BadRequest($"the request body is not valid JSON: {exception.Message}");
        }
    }

    private static JsonNode? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var dictionary = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    dictionary[property.Name] = Convert(property.Value);
                }

                return dictionary;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Convert(item));
                }

                return array;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            default:
                return JsonValue.Create(element.Clone());
        }
    }
}
