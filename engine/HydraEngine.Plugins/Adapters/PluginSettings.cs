using System.Runtime.CompilerServices;
using System.Text.Json;
using HydraEngine.Abstractions;
using HydraEngine.Model.Common;

namespace HydraEngine.Plugins.Adapters;

/// <summary>
/// A definition's plugin settings as the plugin receives them (name → JSON value, in written order), checked
/// against the kind's declarations. Worked out once per definition record and kind.
/// </summary>
internal static class PluginSettings
{
    private static readonly ConditionalWeakTable<object, Resolved> Cache = [];

    /// <summary>The settings, or the reason they do not fit the kind.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Resolve(object record, EquatableArray<KeyValuePair<string, PlainValue>> settings, string kind, IReadOnlyList<SettingDeclaration> declared)
    {
        if (!Cache.TryGetValue(record, out var resolved) || !ReferenceEquals(resolved.Declared, declared))
        {
            resolved = Build(settings, kind, declared);
            Cache.AddOrUpdate(record, resolved);
        }

        return resolved.Problem is null ? resolved.Values : throw new InvalidDataException(resolved.Problem);
    }

    private static Resolved Build(EquatableArray<KeyValuePair<string, PlainValue>> settings, string kind, IReadOnlyList<SettingDeclaration> declared)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in settings)
        {
            try
            {
                values[name] = JsonElement.Parse(value.Json);
            }
            catch (JsonException exception)
            {
                return new Resolved(declared, values, $"the setting \"{name}\" of {kind} is not JSON: {exception.Message}");
            }
        }

        var problems = SettingsValidator.Check(kind, declared, values);
        return new Resolved(declared, values, problems.Count == 0 ? null : string.Join(" ", problems.Select(problem => problem.Message)));
    }

    private sealed record Resolved(IReadOnlyList<SettingDeclaration> Declared, IReadOnlyDictionary<string, JsonElement> Values, string? Problem);
}
