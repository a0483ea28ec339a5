using System.Numerics;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// JSON as Python's <c>json.loads</c> gives it to hydrus: dicts keep first-key positions with last values,
/// ints are exact and distinct from floats, booleans count as ints where Python says so. Containers and
/// strings read from a document are materialised lazily, only along the paths rules actually visit.
/// </summary>
internal abstract class PyValue
{
    public static readonly PyNull None = new();

    /// <summary>A lazy view of a parsed element (the document must stay alive while views are used).</summary>
    public static PyValue Of(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new PyDict(element),
        JsonValueKind.Array => new PyList(element),
        JsonValueKind.String => new PyString(element),
        JsonValueKind.Number => PyNumbers.Read(element),
        JsonValueKind.True => PyBool.True,
        JsonValueKind.False => PyBool.False,
        _ => None,
    };

    /// <summary>The document element this value still only views (nothing of it read yet), or null.</summary>
    internal virtual JsonElement? UnreadElement => null;
}

internal sealed class PyNull : PyValue;

internal sealed class PyBool(bool value) : PyValue
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    public bool Value { get; } = value;
}

internal sealed class PyInt(BigInteger value) : PyValue
{
    public BigInteger Value { get; } = value;
}

internal sealed class PyFloat(double value) : PyValue
{
    public double Value { get; } = value;
}

internal sealed class PyString : PyValue
{
    private readonly JsonElement element;
    private string? value;

    public PyString(string value) => this.value = value;

    public PyString(JsonElement element) => this.element = element;

    public string Value => value ??= JsonStrings.Read(element);

    internal override JsonElement? UnreadElement => value is null ? element : null;
}

internal sealed class PyList : PyValue
{
    private readonly JsonElement element;
    private List<PyValue>? items;

    public PyList(List<PyValue> items) => this.items = items;

    public PyList(JsonElement element) => this.element = element;

    public List<PyValue> Items => items ??= element.EnumerateArray().Select(Of).ToList();

    internal override JsonElement? UnreadElement => items is null ? element : null;
}

internal sealed class PyDict : PyValue
{
    private readonly JsonElement element;
    private List<KeyValuePair<string, PyValue>>? pairs;
    private List<KeyValuePair<string, PyValue>>? sortedPairs;

    public PyDict(List<KeyValuePair<string, PyValue>> pairs) => this.pairs = pairs;

    public PyDict(JsonElement element) => this.element = element;

    /// <summary>Insertion order (a repeated key keeps its first position and its last value).</summary>
    public List<KeyValuePair<string, PyValue>> Pairs => pairs ??= PyDictReader.Read(element);

    internal override JsonElement? UnreadElement => pairs is null ? element : null;

    /// <summary>Python's <c>sorted(d.items())</c>: by key, in code point order.</summary>
    public List<KeyValuePair<string, PyValue>> SortedPairs
    {
        get
        {
            if (sortedPairs is null)
            {
                var sorted = new List<KeyValuePair<string, PyValue>>(Pairs);
                sorted.Sort((a, b) => HydraEngine.Model.Text.PythonText.CompareCodePoints(a.Key, b.Key));
                sortedPairs = sorted;
            }

            return sortedPairs;
        }
    }

    /// <summary>The value of one key (a repeated key gives its last value), without materialising the whole object.</summary>
    public PyValue? Lookup(string key)
    {
        if (pairs is not null)
        {
            return Get(key);
        }

        JsonElement? found = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(key))
            {
                found = property.Value;
            }
        }

        return found is { } value ? Of(value) : null;
    }

    public PyValue? Get(string key)
    {
        foreach (var pair in Pairs)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
