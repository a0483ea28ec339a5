using HydraEngine.Model.Strings;

namespace HydraEngine.Plugins.Adapters;

/// <summary>Applies <see cref="PluginConversion"/> steps through one host's plugins; any failure fails the step.</summary>
internal sealed class PluginConverterSteps(PluginHost host)
{
    public string Apply(StringConversion conversion, string text)
    {
        var step = (PluginConversion)conversion;
        var (plugin, declared) = host.Kinds.FindConverterStep(step.Plugin, step.Kind, out var unavailable) ?? throw new InvalidOperationException(unavailable);
        var settings = PluginSettings.Resolve(step, step.Settings, $"{step.Kind} ({step.Plugin})", declared.Settings);
        return host.Calls.Run(
            plugin,
            $"the converter step \"{declared.Name}\"",
            host.Options.CallTimeout,
            () => declared.Kind.Convert(text, settings),
            result => result is null ? "returned null" : null);
    }
}
