using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Library.Versioning;

/// <summary>
/// <c>FIELD=VALUE</c> for <c>downloaders edit --set</c>. FIELD is a path into the object's native JSON, dotted
/// (<c>domain_mask.match_subdomains</c>, <c>path_components.0.default_value</c>) or a JSON Pointer. VALUE replaces a
/// text field verbatim; any other field takes JSON (<c>true</c>, <c>3</c>, <c>["a.com"]</c>, <c>null</c>).
/// </summary>
public sealed record FieldAssignment(string Field, string Value)
{
    public static FieldAssignment Parse(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            throw new LibraryException($"'{text}' is not FIELD=VALUE (for example --set url_template=https://example.com/search?q=%tags%)");
        }

        return new FieldAssignment(text[..equals].Trim(), text[(equals + 1)..]);
    }

    internal IReadOnlyList<string> Segments =>
        (Field.StartsWith('/') ? Field[1..].Split('/').Select(segment => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)) : Field.Split('.')).ToList();

    /// <summary>Applies the assignment to <paramref name="root"/> in place.</summary>
    internal void ApplyTo(JsonObject root)
    {
        var segments = Segments;
        JsonNode parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = Child(parent, segments, i) ?? throw new LibraryException($"{Field}: '{string.Join('.', segments.Take(i + 1))}' is null and has no fields to set");
        }

        var last = segments[^1];
        var existing = Child(parent, segments, segments.Count - 1);
        var value = Convert(existing);
        if (parent is JsonObject map)
        {
            map[last] = value;
        }
        else
        {
            ((JsonArray)parent)[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }

    private JsonNode? Convert(JsonNode? existing)
    {
        if (existing is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            return JsonValue.Create(Value);
        }

        try
        {
            return JsonNode.Parse(Value);
        }
        catch (JsonException) when (existing is null)
        {
            return JsonValue.Create(Value);
        }
        catch (JsonException)
        {
            throw new LibraryException($"{Field} holds {existing!.GetValueKind().ToString().ToLowerInvariant()}; give its new value as JSON (for example true, 3, [\"a.com\"] or null), not '{Value}'");
        }
    }

    private JsonNode? Child(JsonNode parent, IReadOnlyList<string> segments, int index)
    {
        var segment = segments[index];
        switch (parent)
        {
            case JsonObject map when map.TryGetPropertyValue(segment, out var value):
                return value;
            case JsonObject map:
                throw new LibraryException($"{Field}: there is no field '{segment}'{Where(segments, index)}; the fields there are: {string.Join(", ", map.Select(pair => pair.Key))}");
            case JsonArray list when int.TryParse(segment, out var position) && position >= 0 && position < list.Count:
                return list[position];
            case JsonArray list:
                throw new LibraryException($"{Field}: '{segment}' is not an item of the list{Where(segments, index)} (it has {list.Count}; give 0 to {list.Count - 1})");
            default:
                throw new LibraryException($"{Field}: '{string.Join('.', segments.Take(index))}' is a single value and has no field '{segment}'");
        }
    }

    private static string Where(IReadOnlyList<string> segments, int index) => index == 0 ? "" : $" in '{string.Join('.', segments.Take(index))}'";
}
