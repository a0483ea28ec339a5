using HydraEngine.Abstractions;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Host.Plugins;
using HydraEngine.Plugins;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Host.Events;

/// <summary>
/// The engine's own listener on its download engine: a new file goes to the plugins' import hooks, subscription news
/// to their notification sinks, whoever runs the engine hears everything too, and a plugin's failure is a notice
/// (and a log line), never a failed download. Every step of a download marks the engine active.
/// </summary>
internal sealed class EngineDownloadEvents(EnginePlugins plugins, EngineActivity activity, IDownloadEvents? listener, TimeProvider clock, ILogger logger) : IDownloadEvents
{
    private const string PluginsJob = "plugins";

    private readonly IDownloadEvents inner = listener ?? NoDownloadEvents.Instance;

    public void FileSeedFinished(string job, FileSeed seed)
    {
        activity.Touch();
        logger.LogInformation("{Job}: {Url}: {Status} {Note}", job, seed.Url, seed.Status, seed.Note);
        inner.FileSeedFinished(job, seed);
    }

    public void GallerySeedFinished(string job, GallerySeed seed, int newFiles)
    {
        activity.Touch();
        logger.LogInformation("{Job}: {Url}: {Status}, {NewFiles} new files", job, seed.Url, seed.Status, newFiles);
        inner.GallerySeedFinished(job, seed, newFiles);
    }

    public void Notice(string job, string message)
    {
        logger.LogInformation("{Job}: {Message}", job, message);
        inner.Notice(job, message);
    }

    public void Progress(string job, int done, int total)
    {
        activity.Touch();
        inner.Progress(job, done, total);
    }

    public void SubscriptionFoundFiles(string subscription, string query, int count)
    {
        inner.SubscriptionFoundFiles(subscription, query, count);
        if (plugins.Host is { } host)
        {
            var news = new Notification(Notification.SubscriptionFoundFiles, $"subscription '{subscription}': '{query}' found {count} new file{(count == 1 ? "" : "s")}", clock.GetUtcNow());
            Report(host.Notifications.Publish(news));
        }
    }

    public void FileImported(HydraStore store, FileHash hash)
    {
        activity.Touch();
        if (plugins.Host is { } host)
        {
            Report(host.Files.RunImportHooks(store, hash));
        }

        inner.FileImported(store, hash);
    }

    private void Report(IReadOnlyList<PluginException> failures)
    {
        foreach (var failure in failures)
        {
            logger.LogWarning("{Message}", failure.Message);
            inner.Notice(PluginsJob, $"warning: {failure.Message}");
        }
    }
}
