namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// hydrus's de-minify rule: in a list <c>L</c>, integers (and booleans, which are ints in Python) inside
/// <c>L[i]</c> are references to <c>L[k]</c>, expanded recursively, except that a referenced int stays as is.
/// Out-of-range references drop the result. A reference cycle (or nesting deeper than <see cref="MaximumDepth"/>) is where
/// hydrus dies with a RecursionError: here it throws <see cref="DeminifyCycleException"/>, which the formula reports as a parse error.
/// </summary>
internal static class Deminifier
{
    private const int MaximumDepth = 256;

    public static PyValue? Deminify(PyList root, long index)
    {
        var start = JsonRuleApplier.PythonIndex(index, root.Items.Count);
        return start is null ? null : Expand(root, root.Items[start.Value], 0);
    }

    private static PyValue? Expand(PyList root, PyValue item, int depth)
    {
        if (depth > MaximumDepth)
        {
            throw new DeminifyCycleException();
        }

        switch (item)
        {
            case PyList list:
                var items = new List<PyValue>(list.Items.Count);
                foreach (var child in list.Items)
                {
                    if (Expand(root, child, depth + 1) is not { } expanded)
                    {
                        return null;
                    }

                    items.Add(expanded);
                }

                return new PyList(items);
            case PyDict dict:
                var pairs = new List<KeyValuePair<string, PyValue>>(dict.Pairs.Count);
                foreach (var pair in dict.Pairs)
                {
                    if (Expand(root, pair.Value, depth + 1) is not { } expanded)
                    {
                        return null;
                    }

                    pairs.Add(new(pair.Key, expanded));
                }

                return new PyDict(pairs);
            case PyInt or PyBool:
                var reference = item is PyInt integer ? integer.Value : ((PyBool)item).Value ? 1 : 0;
                if (reference < -root.Items.Count || reference >= root.Items.Count)
                {
                    return null;
                }

                var target = root.Items[(int)(reference < 0 ? root.Items.Count + reference : reference)];
                return target is PyInt or PyBool ? target : Expand(root, target, depth + 1);
            default:
                return item;
        }
    }
}

/// <summary>De-minifying went deeper than <see cref="Deminifier"/> allows: the references form a cycle.</summary>
internal sealed class DeminifyCycleException() : Exception("the de-minify references form a cycle (hydrus stops with a RecursionError)");
