using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Tests.ModelShape;

/// <summary>
/// The model is immutable: every public type of HydraEngine.Model exposes no setter but <c>init</c>, no writable field
/// and no mutable collection, and its records are sealed or abstract. A change that breaks this fails here.
/// </summary>
public sealed class ModelImmutabilityTests
{
    private static readonly Type[] MutableCollections =
        [typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>)];

    private static readonly Type[] PublicTypes = typeof(Definition).Assembly.GetExportedTypes();

    [Fact]
    public void No_public_property_has_a_setter_other_than_init()
    {
        var settable = PublicProperties().Where(property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)).Select(Describe).ToList();

        settable.ShouldBeEmpty();
    }

    [Fact]
    public void No_public_field_is_writable()
    {
        var writable = PublicTypes.Where(type => !type.IsEnum).SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}")
            .ToList();

        writable.ShouldBeEmpty();
    }

    [Fact]
    public void No_public_property_exposes_a_mutable_collection()
    {
        var mutable = PublicProperties().Where(property => IsMutableCollection(property.PropertyType)).Select(Describe).ToList();

        mutable.ShouldBeEmpty();
    }

    [Fact]
    public void Every_record_is_sealed_or_abstract()
    {
        var open = PublicTypes.Where(type => type.IsClass && IsRecord(type) && !type.IsSealed && !type.IsAbstract).Select(type => type.Name).ToList();

        open.ShouldBeEmpty();
    }

    [Fact]
    public void The_checks_see_the_model()
    {
        PublicTypes.Count(IsRecord).ShouldBeGreaterThan(50);
    }

    private static IEnumerable<PropertyInfo> PublicProperties() =>
        PublicTypes.SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        var candidates = type.IsInterface ? type.GetInterfaces().Append(type) : [type];
        return candidates.Any(candidate => candidate.IsGenericType && MutableCollections.Contains(candidate.GetGenericTypeDefinition()))
            || (type.IsInterface && type == typeof(IList));
    }

    private static string Describe(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name} ({property.PropertyType.Name})";
}
