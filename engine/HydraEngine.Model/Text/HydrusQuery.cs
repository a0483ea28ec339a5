namespace HydraEngine.Model.Text;

/// <summary>
/// A query string as hydrus holds it (<c>ConvertQueryTextToDict</c>): key → value (later duplicates overwrite),
/// bare single-value parameters, and the order they came in (null marks a single-value slot).
/// </summary>
public sealed record HydrusQuery(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> SingleValueParameters,
    IReadOnlyList<string?> Order)
{
    public static HydrusQuery Parse(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var singles = new List<string>();
        var order = new List<string?>();
        foreach (var pair in query.Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals < 0)
            {
                if (pair.Length > 0)
                {
                    singles.Add(pair);
                    order.Add(null);
                }

                continue;
            }

            var key = pair[..equals];
            order.Add(key);
            values[key] = pair[(equals + 1)..];
        }

        return new HydrusQuery(values, singles, order);
    }

    /// <summary>Every key, value and single-value parameter parameter-encoded.</summary>
    public HydrusQuery Encoded() => new(
        Values.ToDictionary(pair => PercentEncoding.EnsureParameterComponentEncoded(pair.Key), pair => PercentEncoding.EnsureParameterComponentEncoded(pair.Value), StringComparer.Ordinal),
        SingleValueParameters.Select(PercentEncoding.EnsureParameterComponentEncoded).ToList(),
        Order.Select(key => key is null ? null : PercentEncoding.EnsureParameterComponentEncoded(key)).ToList());

    /// <summary>
    /// <c>ConvertQueryDictToText</c> in the recorded order (a repeated key is written again, with its last value);
    /// with <paramref name="alphabetise"/>, keys sorted by code point then single-value parameters sorted.
    /// </summary>
    public string ToText(bool alphabetise = false)
    {
        IReadOnlyList<string?> order = Order;
        IReadOnlyList<string> singles = SingleValueParameters;
        if (alphabetise)
        {
            var sortedSingles = SingleValueParameters.Order(PythonText.CodePointComparer).ToList();
            order = [.. Values.Keys.Order(PythonText.CodePointComparer), .. sortedSingles.Select(_ => (string?)null)];
            singles = sortedSingles;
        }

        var parts = new List<string>(order.Count);
        var singleIndex = 0;
        foreach (var key in order)
        {
            if (key is null)
            {
                if (singleIndex < singles.Count)
                {
                    parts.Add(singles[singleIndex++]);
                }
            }
            else if (Values.TryGetValue(key, out var value))
            {
                parts.Add(key + "=" + value);
            }
        }

        return string.Join('&', parts);
    }
}
