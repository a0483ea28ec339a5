using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// A request's parameters, from the query string or from a JSON/CBOR body, read by type as hydrus reads them: in a
/// query, lists, dictionaries and booleans are JSON text (<c>tags=["a","b"]</c>, <c>return_hashes=true</c>);
/// in a body they are JSON values. Every failed read names the parameter and the problem (400).
/// </summary>
internal sealed class ApiArguments
{
    private readonly JsonObject values;
    private readonly bool fromQuery;

    private ApiArguments(JsonObject values, bool fromQuery)
    {
        this.values = values;
        this.fromQuery = fromQuery;
    }

    public static ApiArguments Empty { get; } = new(new JsonObject(), fromQuery: false);

    public static ApiArguments FromQuery(IEnumerable<KeyValuePair<string, string>> query)
    {
        var values = new JsonObject();
        foreach (var (name, value) in query)
        {
            values[name] = value;
        }

        return new ApiArguments(values, fromQuery: true);
    }

    public static ApiArguments FromBody(JsonObject body) => new(body, fromQuery: false);

    public bool Has(string name) => values.ContainsKey(name) && values[name] is not null;

    /// <summary>The parameter is given as JSON null (a body's <c>"rating": null</c>).</summary>
    public bool HasNull(string name) => values.ContainsKey(name) && values[name] is null;

    public string? OptionalString(string name) => Node(name) switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw ApiException.BadParameter(name, "should be a string"),
    };

    public string String(string name) => OptionalString(name) ?? throw Missing(name);

    public long? OptionalInteger(string name)
    {
        var node = Node(name);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && (value.TryGetValue<long>(out var number) || (value.TryGetValue<string>(out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number))))
        {
            return number;
        }

        throw ApiException.BadParameter(name, "should be an integer");
    }

    public bool Boolean(string name, bool fallback)
    {
        var node = Parsed(name);
        if (node is null)
        {
            return fallback;
        }

        return node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : throw ApiException.BadParameter(name, "should be true or false");
    }

    /// <summary>A JSON list of strings (in a query: JSON text).</summary>
    public IReadOnlyList<string>? OptionalStringList(string name) => Parsed(name) switch
    {
        null => null,
        JsonArray array => array.Select((item, index) => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw ApiException.BadParameter(name, $"should be a list of strings (item {index} is not)")).ToList(),
        _ => throw ApiException.BadParameter(name, "should be a list of strings"),
    };

    public IReadOnlyList<long>? OptionalIntegerList(string name) => Parsed(name) switch
    {
        null => null,
        JsonArray array => array.Select((item, index) => item is JsonValue value && value.TryGetValue<long>(out var number) ? number : throw ApiException.BadParameter(name, $"should be a list of integers (item {index} is not)")).ToList(),
        _ => throw ApiException.BadParameter(name, "should be a list of integers"),
    };

    /// <summary>Any JSON value (in a query: JSON text), for structured parameters such as tag lists and dictionaries.</summary>
    public JsonNode? Json(string name) => Parsed(name);

    public JsonObject? OptionalObject(string name) => Parsed(name) switch
    {
        null => null,
        JsonObject dictionary => dictionary,
        _ => throw ApiException.BadParameter(name, "should be a JSON object"),
    };

    public static ApiException Missing(string name) => ApiException.BadParameter(name, "was missing");

    private JsonNode? Node(string name) => values.TryGetPropertyValue(name, out var node) ? node : null;

    private JsonNode? Parsed(string name)
    {
        var node = Node(name);
        if (!fromQuery || node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return node;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw ApiException.BadParameter(name, "is not valid JSON (in a query string, lists, dictionaries and booleans are JSON text, then URL-encoded)");
        }
    }
}
