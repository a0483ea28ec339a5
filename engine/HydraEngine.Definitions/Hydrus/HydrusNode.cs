using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// A cursor into a hydrus tuple: typed reads that record a diagnostic (with a JSON Pointer) instead of
/// throwing, and return a harmless default so reading can go on and collect every problem.
/// </summary>
internal readonly struct HydrusNode(JsonNode? node, string pointer, HydrusReadSession session)
{
    public JsonNode? Node { get; } = node;

    public string Pointer { get; } = pointer;

    public HydrusReadSession Session { get; } = session;

    public bool IsNull => Node is null;

    public int Count => Node is JsonArray array ? array.Count : 0;

    /// <summary>Checks the node is an array of exactly <paramref name="length"/> items.</summary>
    public bool ExpectArray(int length, string what)
    {
        if (Node is JsonArray array && array.Count == length)
        {
            return true;
        }

        Fail(DiagnosticCodes.TupleShape, $"{what} must be an array of {length} items, found {Describe(Node)}.");
        return false;
    }

    public HydrusNode this[int index] =>
        Node is JsonArray array && index < array.Count
            ? new HydrusNode(array[index], JsonPointer.Append(Pointer, index), Session)
            : new HydrusNode(null, JsonPointer.Append(Pointer, index), Session);

    public IEnumerable<HydrusNode> Items(string what)
    {
        if (Node is not JsonArray array)
        {
            Fail(DiagnosticCodes.FieldType, $"{what} must be an array, found {Describe(Node)}.");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            yield return new HydrusNode(array[i], JsonPointer.Append(Pointer, i), Session);
        }
    }

    public string String(string what) =>
        Node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : FailWith(what, "a string", "");

    public string? NullableString(string what) => Node is null ? null : String(what);

    public long Int64(string what)
    {
        if (JsonNumbers.TryGetInteger(Node, out var number))
        {
            return number;
        }

        return FailWith(what, "an integer", 0L);
    }

    public int Int32(string what)
    {
        var number = Int64(what);
        if (number is < int.MinValue or > int.MaxValue)
        {
            Fail(DiagnosticCodes.FieldValue, $"{what} is {number}, outside the supported range.");
            return 0;
        }

        return (int)number;
    }

    public int? NullableInt32(string what) => Node is null ? null : Int32(what);

    public long? NullableInt64(string what) => Node is null ? null : Int64(what);

    public bool Bool(string what) =>
        Node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : FailWith(what, "true or false", false);

    public TEnum Enum<TEnum>(string what)
        where TEnum : struct, Enum
    {
        var number = Int32(what);
        var result = (TEnum)(object)number;
        if (!System.Enum.IsDefined(result))
        {
            Fail(DiagnosticCodes.FieldValue, $"{what} is {number}, which is not one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => $"{Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} ({v})"))}.");
        }

        return result;
    }

    /// <summary>A nested serialisable object of the given model type.</summary>
    public T Object<T>(string what, T fallback)
        where T : Definition
    {
        var definition = Session.ReadObject(this);
        switch (definition)
        {
            case null:
                return fallback;
            case T typed:
                return typed;
            default:
                Fail(DiagnosticCodes.WrongObjectType, $"{what} must be a {typeof(T).Name}, found a {definition.GetType().Name}.");
                return fallback;
        }
    }

    /// <summary>A Serialisable List (26) whose items are all of type <typeparamref name="T"/>.</summary>
    public EquatableArray<T> ObjectList<T>(string what)
        where T : Definition
    {
        var list = Object(what, DefinitionList.Empty);
        var typed = new List<T>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is T item)
            {
                typed.Add(item);
            }
            else
            {
                Fail(DiagnosticCodes.WrongObjectType, $"item {i} of {what} must be a {typeof(T).Name}, found a {list.Items[i].GetType().Name}.");
            }
        }

        return new EquatableArray<T>(typed);
    }

    /// <summary>A JSON object of string values, in stored order.</summary>
    public EquatableArray<KeyValuePair<string, string>> StringMap(string what)
    {
        if (Node is not JsonObject map)
        {
            return FailWith(what, "an object of strings", EquatableArray<KeyValuePair<string, string>>.Empty);
        }

        var pairs = new List<KeyValuePair<string, string>>(map.Count);
        foreach (var (key, value) in map)
        {
            var child = new HydrusNode(value, JsonPointer.Append(Pointer, key), Session);
            pairs.Add(new(key, child.String($"{what} entry \"{key}\"")));
        }

        return new EquatableArray<KeyValuePair<string, string>>(pairs);
    }

    /// <summary>A JSON object of any values, kept as plain JSON, in stored order.</summary>
    public EquatableArray<KeyValuePair<string, PlainValue>> ValueMap(string what)
    {
        if (Node is not JsonObject map)
        {
            return FailWith(what, "an object", EquatableArray<KeyValuePair<string, PlainValue>>.Empty);
        }

        return new EquatableArray<KeyValuePair<string, PlainValue>>(map.Select(pair => new KeyValuePair<string, PlainValue>(pair.Key, new PlainValue(pair.Value?.ToJsonString() ?? "null"))).ToList());
    }

    public void Fail(string code, string message) => Session.Diagnostics.Error(Pointer, code, message);

    private TValue FailWith<TValue>(string what, string expected, TValue fallback)
    {
        Fail(Node is null ? DiagnosticCodes.FieldMissing : DiagnosticCodes.FieldType, $"{what} must be {expected}, found {Describe(Node)}.");
        return fallback;
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null (or nothing)",
        JsonArray array => $"an array of {array.Count} items",
        JsonObject => "an object",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => $"the number {value.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "an unexpected value",
    };
}
