using System.Collections.Frozen;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;

namespace HydraEngine.Definitions.Native;

/// <summary>
/// The kind words of the native format: every concrete model record that can stand where an abstract one
/// is expected, named by the snake_case of its type name. Fixed by the model assembly (plugins add kinds through
/// the plugin records and <see cref="INativePluginKindChecker"/>, not here), so it is shared by every engine.
/// </summary>
public static class NativeKindCatalogue
{
    /// <summary>Abstract model types whose positions carry a "kind".</summary>
    internal static readonly Type[] PolymorphicRoots =
        [typeof(Definition), typeof(StringConversion), typeof(JsonParseRule), typeof(ContentKind), typeof(GalleryIndexIdentifier)];

    private static readonly FrozenDictionary<Type, string> ByType = typeof(Definition).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && PolymorphicRoots.Any(root => root.IsAssignableFrom(type)))
        .ToFrozenDictionary(type => type, type => NamingPolicy.SnakeCase(type.Name));

    private static readonly FrozenDictionary<string, Type> ByKind = ByType.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> KnownTypes => ByType.Keys;

    /// <summary>The kind word of a record type (the snake_case of its name for a type outside the catalogue).</summary>
    public static string KindOf(Type recordType) => ByType.TryGetValue(recordType, out var kind) ? kind : NamingPolicy.SnakeCase(recordType.Name);

    public static Type? TypeOf(string kind) => ByKind.GetValueOrDefault(kind);

    internal static bool IsPolymorphic(Type declared) => declared.IsAbstract || declared == typeof(Definition);
}
