using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// The plugins this process loaded at start-up (null when none are installed), for commands that call their hooks,
/// and the engine registries they contribute to (formula kinds, converter steps, native kinds).
/// </summary>
internal static class InstalledPlugins
{
    public static PluginHost? Host { get; set; }

    /// <summary>The built-in registries plus the installed plugins' contributions, on <paramref name="clock"/> (the system clock when null).</summary>
    public static EngineRegistries Registries(TimeProvider? clock = null) =>
        Host is null && clock is null ? EngineRegistries.BuiltIn : EngineRegistries.Build(Host, clock);
}
