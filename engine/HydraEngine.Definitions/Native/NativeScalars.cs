using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Definitions.Native;

/// <summary>Strings, booleans, numbers and enum words of the native format.</summary>
internal static class NativeScalars
{
    public static object? Read(JsonNode node, Type type, string pointer, DiagnosticBag diagnostics)
    {
        if (node is JsonValue value)
        {
            var kind = value.GetValueKind();
            if (type == typeof(string) && kind == JsonValueKind.String)
            {
                return value.GetValue<string>();
            }

            if (type == typeof(bool) && kind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetValue<bool>();
            }

            if (type == typeof(int) && kind == JsonValueKind.Number && value.TryGetValue<int>(out var small))
            {
                return small;
            }

            if (type == typeof(long) && kind == JsonValueKind.Number && value.TryGetValue<long>(out var large))
            {
                return large;
            }

            if (type == typeof(double) && kind == JsonValueKind.Number)
            {
                return value.GetValue<double>();
            }

            if (type.IsEnum && kind == JsonValueKind.String && ParseWord(type, value.GetValue<string>()) is { } word)
            {
                return word;
            }
        }

        diagnostics.Error(pointer, DiagnosticCodes.NativeType, $"expected {Describe(type)}, found {Hydrus.HydrusNode.Describe(node)}.");
        return null;
    }

    public static IEnumerable<string> Words(Type enumType) =>
        Enum.GetNames(enumType).Select(NamingPolicy.SnakeCase);

    private static object? ParseWord(Type enumType, string word)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            if (NamingPolicy.SnakeCase(name) == word)
            {
                return Enum.Parse(enumType, name);
            }
        }

        return null;
    }

    public static string Describe(Type declared)
    {
        var type = NativeValueTypes.Unwrap(declared);
        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(double) => "a number",
            { IsEnum: true } => "one of " + string.Join(", ", Words(type).Select(word => $"\"{word}\"")),
            _ when NativeValueTypes.IsEquatableArray(type, out var element) => NativeValueTypes.IsStringPairs(element) ? "an object of strings" : "an array",
            _ => NativeKindCatalogue.IsPolymorphic(type) ? $"an object with a \"kind\" ({type.Name})" : $"an object ({NativeKindCatalogue.KindOf(type)})",
        };
    }
}
