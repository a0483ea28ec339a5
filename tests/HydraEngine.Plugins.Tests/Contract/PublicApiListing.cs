using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace HydraEngine.Plugins.Tests.Contract;

/// <summary>
/// A text listing of every public (and protected) type and member of an assembly, with nullability, in a stable
/// order: what a plugin compiled against the assembly can see. Any change to it is a change to the contract.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Header(Type type)
    {
        var isRecord = type.GetMethod("<Clone>$") is not null;
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : isRecord ? "record" : "class";
        var modifiers = type.IsInterface || type.IsEnum || type.IsValueType ? "" : type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(Enum) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(TypeName).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {type.FullName}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared).Where(IsVisible))
        {
            if (Describe(member) is { } line)
            {
                yield return line;
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => $"{Access(constructor)}{(constructor.IsStatic ? "static " : "")}.ctor({Parameters(constructor)})",
        MethodInfo { IsSpecialName: true } method when !method.Name.StartsWith("op_", StringComparison.Ordinal) => null,
        MethodInfo method => $"{Access(method)}{Modifiers(method)}{TypeName(Nullability.Create(method.ReturnParameter))} {method.Name}{GenericParameters(method)}({Parameters(method)})",
        PropertyInfo property => $"{Access(property.GetAccessors(true).First(IsVisible))}{Modifiers(property.GetAccessors(true).First(IsVisible))}{TypeName(Nullability.Create(property))} {property.Name} {{ {Accessors(property)} }}",
        FieldInfo { IsLiteral: true } field => $"{Access(field)}const {TypeName(field.FieldType)} {field.Name} = {field.GetRawConstantValue()}",
        FieldInfo field => $"{Access(field)}{(field.IsStatic ? "static " : "")}{(field.IsInitOnly ? "readonly " : "")}{TypeName(Nullability.Create(field))} {field.Name}",
        EventInfo @event => $"event {TypeName(@event.EventHandlerType!)} {@event.Name}",
        Type nested => $"nested {Header(nested)}",
        _ => null,
    };

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "" : "protected ";

    private static string Modifiers(MethodInfo method) =>
        method.IsStatic ? "static "
        : method.DeclaringType!.IsInterface ? (method.IsAbstract ? "" : "default ")
        : method.IsAbstract ? "abstract "
        : method.GetBaseDefinition() != method ? (method.IsFinal ? "sealed override " : "override ")
        : method.IsVirtual && !method.IsFinal ? "virtual "
        : "";

    private static string Accessors(PropertyInfo property)
    {
        var parts = new List<string>();
        if (property.GetMethod is { } getter && IsVisible(getter))
        {
            parts.Add("get;");
        }

        if (property.SetMethod is { } setter && IsVisible(setter))
        {
            parts.Add(setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;");
        }

        return string.Join(" ", parts);
    }

    private static string GenericParameters(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(argument => argument.Name)) + ">" : "";

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(parameter =>
    {
        var prefix = parameter.IsOut ? "out " : parameter.ParameterType.IsByRef ? (parameter.IsIn ? "in " : "ref ") : parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
        var suffix = parameter.HasDefaultValue ? $" = {parameter.DefaultValue ?? "null"}" : "";
        return $"{prefix}{TypeName(Nullability.Create(parameter))} {parameter.Name}{suffix}";
    }));

    private static string TypeName(NullabilityInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var name = type.IsGenericType && !type.IsGenericTypeDefinition
            ? GenericName(type, info.GenericTypeArguments.Length == type.GetGenericArguments().Length ? info.GenericTypeArguments.Select(TypeName) : type.GetGenericArguments().Select(TypeName))
            : info.ElementType is { } element ? TypeName(element) + "[]" : TypeName(type);
        var nullable = Nullable.GetUnderlyingType(info.Type) is not null || (!info.Type.IsValueType && info.ReadState == NullabilityState.Nullable);
        return nullable ? name + "?" : name;
    }

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(void) => "void",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(byte) => "byte",
        _ when type == typeof(char) => "char",
        _ when type == typeof(object) => "object",
        { IsByRef: true } => TypeName(type.GetElementType()!),
        { IsArray: true } => TypeName(type.GetElementType()!) + "[]",
        { IsGenericParameter: true } => type.Name,
        { IsGenericType: true } => GenericName(type, type.GetGenericArguments().Select(TypeName)),
        _ => type.FullName ?? type.Name,
    };

    private static string GenericName(Type type, IEnumerable<string> arguments)
    {
        var definition = type.GetGenericTypeDefinition().FullName!;
        return definition[..definition.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", arguments) + ">";
    }
}
