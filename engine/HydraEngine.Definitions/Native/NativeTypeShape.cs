using System.Collections.Concurrent;
using System.Reflection;

namespace HydraEngine.Definitions.Native;

/// <summary>The fields of a model record as the native format sees them: its positional constructor's parameters.</summary>
internal sealed class NativeTypeShape
{
    private static readonly ConcurrentDictionary<Type, NativeTypeShape> Cache = new();

    private NativeTypeShape(Type type)
    {
        Type = type;
        Constructor = type.GetConstructors()
            .OrderByDescending(constructor => constructor.GetParameters().Length)
            .First(constructor => constructor.GetParameters().All(parameter => parameter.ParameterType != type));
        Fields = Constructor.GetParameters()
            .Select(parameter => new NativeField(
                NamingPolicy.SnakeCase(parameter.Name!),
                parameter.ParameterType,
                type.GetProperty(parameter.Name!)!,
                IsNullable(parameter)))
            .ToArray();
    }

    public Type Type { get; }

    public ConstructorInfo Constructor { get; }

    public IReadOnlyList<NativeField> Fields { get; }

    public static NativeTypeShape Of(Type type) => Cache.GetOrAdd(type, static t => new NativeTypeShape(t));

    /// <summary>NullabilityInfoContext is not thread-safe, so each (cached, once-per-type) shape uses its own.</summary>
    private static bool IsNullable(ParameterInfo parameter) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || (!parameter.ParameterType.IsValueType && new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable);
}

internal sealed record NativeField(string Name, Type Type, PropertyInfo Property, bool IsNullable);
