using System.Text.Json;
using HydraEngine.Abstractions;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Plugins.Adapters;

/// <summary>One thing wrong with a definition's settings: the setting's name, a native diagnostic code, a message.</summary>
internal sealed record SettingProblem(string Setting, string Code, string Message);

/// <summary>Checks settings against a kind's declarations as built-in fields are checked: unknown, missing, wrong type.</summary>
internal static class SettingsValidator
{
    public static IReadOnlyList<SettingProblem> Check(string kind, IReadOnlyList<SettingDeclaration> declared, IEnumerable<KeyValuePair<string, JsonElement>> given)
    {
        var problems = new List<SettingProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in given)
        {
            seen.Add(name);
            var declaration = declared.FirstOrDefault(candidate => candidate.Name == name);
            if (declaration is null)
            {
                problems.Add(new SettingProblem(name, DiagnosticCodes.NativeUnknownKey,
                    $"\"{name}\" is not a setting of {kind}; its settings are: {(declared.Count == 0 ? "none" : string.Join(", ", declared.Select(setting => setting.Name)))}."));
            }
            else if (!Fits(declaration.Type, value))
            {
                problems.Add(new SettingProblem(name, DiagnosticCodes.NativeType, $"the setting \"{name}\" of {kind} must be {Describe(declaration.Type)}, found {value.ValueKind.ToString().ToLowerInvariant()}."));
            }
        }

        foreach (var missing in declared.Where(setting => setting.Required && !seen.Contains(setting.Name)))
        {
            problems.Add(new SettingProblem(missing.Name, DiagnosticCodes.NativeMissingKey, $"{kind} needs the setting \"{missing.Name}\" ({Describe(missing.Type)})."));
        }

        return problems;
    }

    private static bool Fits(SettingType type, JsonElement value) => type switch
    {
        SettingType.String => value.ValueKind == JsonValueKind.String,
        SettingType.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        SettingType.Number => value.ValueKind == JsonValueKind.Number,
        SettingType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        SettingType.Array => value.ValueKind == JsonValueKind.Array,
        _ => value.ValueKind == JsonValueKind.Object,
    };

    private static string Describe(SettingType type) => type switch
    {
        SettingType.String => "a string",
        SettingType.Integer => "an integer",
        SettingType.Number => "a number",
        SettingType.Boolean => "true or false",
        SettingType.Array => "an array",
        _ => "an object",
    };
}
