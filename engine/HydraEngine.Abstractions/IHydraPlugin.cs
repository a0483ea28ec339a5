namespace HydraEngine.Abstractions;

/// <summary>
/// The one entry point of a plugin: its entry assembly holds exactly one public, non-abstract class implementing
/// this interface, with a public parameterless constructor. The host creates it once and calls
/// <see cref="Register"/>.
/// </summary>
public interface IHydraPlugin
{
    /// <summary>
    /// Adds what the plugin provides. Called once, with a time limit; throwing, or not returning in time, disables
    /// the plugin. Keep it quick: no network or disk work beyond reading the plugin's own files.
    /// </summary>
    /// <param name="registry">Where the plugin adds its extensions; valid only during this call.</param>
    void Register(IPluginRegistry registry);
}
