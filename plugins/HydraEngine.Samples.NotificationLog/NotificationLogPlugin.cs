using System.Globalization;
using System.Text.Json;
using HydraEngine.Abstractions;

namespace HydraEngine.Samples.NotificationLog;

/// <summary>A notification sink appending each notification to <c>notifications.jsonl</c> in the plugin's data folder.</summary>
public sealed class NotificationLogPlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddNotificationSink(new JsonLinesSink(Path.Combine(registry.DataFolder, "notifications.jsonl")));

    /// <summary>One line per notification: <c>{"time", "topic", "message"}</c>.</summary>
    private sealed class JsonLinesSink(string path) : INotificationSink
    {
        public void Notify(Notification notification)
        {
            var line = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["time"] = notification.Time.ToString("O", CultureInfo.InvariantCulture),
                ["topic"] = notification.Topic,
                ["message"] = notification.Message,
            });
            File.AppendAllText(path, line + "\n");
        }
    }
}
