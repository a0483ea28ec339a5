namespace HydraEngine.Plugins;

/// <summary>
/// A call into a plugin failed. <see cref="PluginDisabled"/> says whether the plugin misbehaved (threw, hung or
/// returned garbage) and has been disabled, or only rejected its input (and stays enabled).
/// </summary>
public sealed class PluginException(string pluginId, string message, bool pluginDisabled, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string PluginId { get; } = pluginId;

    public bool PluginDisabled { get; } = pluginDisabled;
}
