using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Native;

/// <summary>Classifies the CLR types the native format maps.</summary>
internal static class NativeValueTypes
{
    public static bool IsEquatableArray(Type type, out Type element)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            element = type.GetGenericArguments()[0];
            return true;
        }

        element = typeof(object);
        return false;
    }

    public static bool IsStringPairs(Type element) => element == typeof(KeyValuePair<string, string>);

    /// <summary>Ordered name → plain JSON value pairs, written as a JSON object.</summary>
    public static bool IsValuePairs(Type element) => element == typeof(KeyValuePair<string, PlainValue>);

    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsRecord(Type type) => type.IsClass && type != typeof(string);
}
