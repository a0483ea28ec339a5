using System.Numerics;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// JSON as Python's <c>json.loads</c> gives it to hydrus: dicts keep first-key positions with last values,
/// ints are exact and distinct from floats, booleans count as ints where Python says so.
/// </summary>
internal abstract class PyValue
{
    public static readonly PyNull None = new();
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

internal sealed class PyString(string value) : PyValue
{
    public string Value { get; } = value;
}

internal sealed class PyList(List<PyValue> items) : PyValue
{
    public List<PyValue> Items { get; } = items;
}

internal sealed class PyDict(List<KeyValuePair<string, PyValue>> pairs) : PyValue
{
    private List<KeyValuePair<string, PyValue>>? sortedPairs;

    /// <summary>Insertion order (a repeated key keeps its first position and its last value).</summary>
    public List<KeyValuePair<string, PyValue>> Pairs { get; } = pairs;

    /// <summary>Python's <c>sorted(d.items())</c>: by key, in code point order.</summary>
    public List<KeyValuePair<string, PyValue>> SortedPairs =>
        sortedPairs ??= [.. Pairs.OrderBy(pair => pair.Key, HydraEngine.Model.Text.PythonText.CodePointComparer)];

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
