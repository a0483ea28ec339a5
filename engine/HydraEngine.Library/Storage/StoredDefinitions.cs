using System.Security.Cryptography;
using System.Text;
using HydraEngine.Definitions;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Storage;

/// <summary>How a definition is kept: its hydrus tuple as hydrus's own dump string, and the sha256 of that text.</summary>
internal static class StoredDefinitions
{
    public static string Canonical(Definition definition) => HydrusSerialiser.ToDumpString(definition);

    public static string Sha256(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    public static int TypeId(Definition definition) =>
        DefinitionDescriptions.TypeIdOf(definition) ?? throw new LibraryException($"{definition.GetType().Name} has no hydrus type id");

    public static Definition Load(string hydrusJson, string source)
    {
        var result = DefinitionLoader.LoadJson(hydrusJson, source);
        return result.Succeeded
            ? result.Definition!
            : throw new LibraryException($"the stored definition {source} no longer loads: {Errors(result)}", result.Diagnostics);
    }

    /// <summary>The definition, or null with what is wrong in <paramref name="errors"/>.</summary>
    public static Definition? TryLoad(string hydrusJson, string source, out string errors)
    {
        var result = DefinitionLoader.LoadJson(hydrusJson, source);
        errors = result.Succeeded ? "" : Errors(result);
        return result.Definition;
    }

    private static string Errors(DefinitionLoadResult result) => string.Join("; ", result.Errors.Select(error => error.Message));

    /// <summary>The same object with the key of <paramref name="keySource"/>, for "identical apart from the key" checks.</summary>
    public static Definition WithKeyOf(Definition definition, Definition keySource) => DefinitionKeys.KeyOf(keySource) is { } key ? DefinitionKeys.WithKey(definition, key) : definition;

    public static bool SameApartFromKey(Definition incoming, Definition existing) =>
        Canonical(WithKeyOf(incoming, existing)) == Canonical(existing);
}
