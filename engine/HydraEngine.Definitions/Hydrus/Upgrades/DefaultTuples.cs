using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>
/// Fresh serialisable tuples for the objects hydrus's upgrade steps construct. Each tuple carries the
/// version whose layout it writes (not "the current version"), so a future step would still upgrade it.
/// </summary>
internal static class DefaultTuples
{
    public const string DefaultExampleString = "example string";

    private const int StringMatchAny = 3;

    /// <summary><c>StringMatch()</c>: ANY, no length limits, example "example string".</summary>
    public static JsonArray AnyStringMatch() => StringMatch(StringMatchAny, "", DefaultExampleString);

    public static JsonArray StringMatch(int matchType, JsonNode? matchValue, JsonNode? example) =>
        new(HydrusTypes.StringMatch, 1, new JsonArray(matchType, matchValue, null, null, example));

    /// <summary><c>StringConverter(example_string = example)</c> with no conversions.</summary>
    public static JsonArray EmptyConverter(JsonNode? example) => Converter(new JsonArray(), example);

    public static JsonArray Converter(JsonArray conversions, JsonNode? example) =>
        new(HydrusTypes.StringConverter, 2, new JsonArray(conversions, example));

    /// <summary>A String Processor whose List holds <paramref name="steps"/> in order.</summary>
    public static JsonArray Processor(params JsonNode[] steps) =>
        new(HydrusTypes.StringProcessor, 1, List(steps));

    /// <summary>A Serialisable List of hydrus objects (each wrapped in a meta tuple).</summary>
    public static JsonArray List(IEnumerable<JsonNode> objects) =>
        new(HydrusTypes.List, 3, new JsonArray(objects.Select(item => (JsonNode?)SerialisableMeta(item)).ToArray()));

    /// <summary>The meta tuple <c>[2, tuple]</c> that holds a hydrus object inside a List or Dictionary.</summary>
    public static JsonArray SerialisableMeta(JsonNode tuple) => new(MetaTypes.Serialisable, tuple);

    /// <summary><c>StringSorter(sort_type, asc)</c> with no regex.</summary>
    public static JsonArray StringSorter(JsonNode? sortType, JsonNode? ascending) =>
        new(HydrusTypes.StringSorter, 1, new JsonArray(sortType, ascending, null));
}

/// <summary>The meta types of List and Dictionary items (serialisation.md §4).</summary>
internal static class MetaTypes
{
    public const int Plain = 0;
    public const int Bytes = 1;
    public const int Serialisable = 2;
}
