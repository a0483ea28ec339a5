using HydraEngine.Abstractions;
using HydraEngine.Plugins.Running;

namespace HydraEngine.Plugins.Notifications;

/// <summary>Hands the engine's notifications (e.g. "subscription X found N new files") to every enabled plugin's sinks.</summary>
public sealed class PluginNotifications
{
    private readonly PluginHost host;

    internal PluginNotifications(PluginHost host) => this.host = host;

    /// <summary>Delivers one notification to each sink in turn; returns the sinks that failed (misbehaving plugins are disabled).</summary>
    public IReadOnlyList<PluginException> Publish(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return PluginFanOut.CallEach(host, plugin => plugin.Extensions.NotificationSinks, "the notification sink", sink => sink.Notify(notification));
    }
}
