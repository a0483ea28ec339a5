using HydraEngine.Abstractions;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>What a run hands to installed plugins: new files to their import hooks, subscription news to their notification sinks.</summary>
internal sealed partial class RunReporter
{
    public void FileImported(HydraStore store, FileHash hash)
    {
        if (InstalledPlugins.Host is not { } plugins)
        {
            return;
        }

        foreach (var failure in plugins.Files.RunImportHooks(store, hash))
        {
            Line("plugins", $"warning: {failure.Message}", keep: true);
        }
    }

    public void SubscriptionFoundFiles(string subscription, string query, int count)
    {
        if (InstalledPlugins.Host is not { } plugins)
        {
            return;
        }

        var news = new Notification(Notification.SubscriptionFoundFiles, $"subscription '{subscription}': '{query}' found {count} new file{(count == 1 ? "" : "s")}", DateTimeOffset.UtcNow);
        foreach (var failure in plugins.Notifications.Publish(news))
        {
            Line("plugins", $"warning: {failure.Message}", keep: true);
        }
    }
}
