using System.Collections.Concurrent;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Urls;

namespace HydraEngine.Definitions.Native;

/// <summary>
/// The kind words of the native format: every concrete model record that can stand where an abstract one
/// is expected, named by the snake_case of its type name. Plugins register their own records here.
/// </summary>
public static class NativeKindCatalogue
{
    private static readonly ConcurrentDictionary<string, Type> ByKind = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> ByType = new();

    /// <summary>Abstract model types whose positions carry a "kind".</summary>
    internal static readonly Type[] PolymorphicRoots =
        [typeof(Definition), typeof(StringConversion), typeof(JsonParseRule), typeof(ContentKind), typeof(GalleryIndexIdentifier)];

    static NativeKindCatalogue()
    {
        foreach (var type in typeof(Definition).Assembly.GetTypes())
        {
            if (!type.IsAbstract && PolymorphicRoots.Any(root => root.IsAssignableFrom(type)))
            {
                Register(type);
            }
        }
    }

    public static IReadOnlyCollection<Type> KnownTypes => ByType.Keys.ToArray();

    /// <summary>Registers a record type (e.g. a plugin's formula); returns its kind word.</summary>
    public static string Register(Type recordType, string? kind = null)
    {
        kind ??= NamingPolicy.SnakeCase(recordType.Name);
        ByKind[kind] = recordType;
        ByType[recordType] = kind;
        return kind;
    }

    public static string KindOf(Type recordType) => ByType.TryGetValue(recordType, out var kind) ? kind : Register(recordType);

    public static Type? TypeOf(string kind) => ByKind.GetValueOrDefault(kind);

    internal static bool IsPolymorphic(Type declared) => declared.IsAbstract || declared == typeof(Definition);
}
