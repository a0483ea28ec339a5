using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Plugins.Adapters;

/// <summary>Answers the native reader about plugin kinds: which record holds them, whether they are usable, whether their settings fit.</summary>
internal sealed class PluginKindChecker(PluginHost host) : INativePluginKindChecker
{
    public Type? RecordFor(Type declared) =>
        declared.IsAssignableFrom(typeof(PluginFormula)) ? typeof(PluginFormula)
        : declared.IsAssignableFrom(typeof(PluginConversion)) ? typeof(PluginConversion)
        : null;

    public string? Unavailable(string pluginId, string kind, Type record)
    {
        string unavailable;
        var found = record == typeof(PluginFormula)
            ? host.Kinds.FindFormulaKind(pluginId, kind, out unavailable) is not null
            : host.Kinds.FindConverterStep(pluginId, kind, out unavailable) is not null;
        return found ? null : unavailable;
    }

    public void CheckSettings(string pluginId, string kind, Type record, JsonObject settings, string settingsPointer, DiagnosticBag diagnostics)
    {
        var declared = record == typeof(PluginFormula)
            ? host.Kinds.FindFormulaKind(pluginId, kind, out _)?.Kind.Declared.Settings
            : host.Kinds.FindConverterStep(pluginId, kind, out _)?.Step.Settings;
        if (declared is null)
        {
            return;
        }

        var given = settings.Select(pair => new KeyValuePair<string, JsonElement>(pair.Key, JsonSerializer.SerializeToElement(pair.Value)));
        foreach (var problem in SettingsValidator.Check($"{kind} ({pluginId})", declared, given))
        {
            diagnostics.Error(JsonPointer.Append(settingsPointer, problem.Setting), problem.Code, problem.Message);
        }
    }
}
