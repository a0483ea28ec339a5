using System.Text.Json.Nodes;
using HydraEngine.Abstractions;
using HydraEngine.Plugins.Tests.Support;

namespace HydraEngine.Plugins.Tests.Notifications;

/// <summary>Notification sinks, e.g. for "a subscription found new files".</summary>
public sealed class NotificationTests : IDisposable
{
    private static readonly Notification FoundFiles = new(Notification.SubscriptionFoundFiles, "subscription \"fixture booru: blue_eyes\" found 3 new files", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly PluginSandbox sandbox = new(BuiltPlugins.NotificationLog);

    [Fact]
    public void A_notification_reaches_the_log_sink()
    {
        sandbox.Load().Notifications.Publish(FoundFiles).ShouldBeEmpty();

        var line = File.ReadAllLines(Path.Combine(sandbox.Options.DataFolder, BuiltPlugins.NotificationLog, "notifications.jsonl")).ShouldHaveSingleItem();
        var logged = JsonNode.Parse(line)!;
        ((string?)logged["time"], (string?)logged["topic"], (string?)logged["message"]).ShouldBe(("2025-01-02T03:04:05.0000000+00:00", FoundFiles.Topic, FoundFiles.Message));
    }

    [Fact]
    public void A_sink_that_hangs_is_disabled_and_the_others_still_get_the_notification()
    {
        sandbox.Install("Misbehaving.HangsInCall");
        // Long enough for a well-behaved sink's first (cold, JIT-compiling) call on a loaded machine, short enough to
        // show the hanging one is cut off rather than waited for.
        sandbox.Options = sandbox.Options with { CallTimeout = TimeSpan.FromSeconds(3) };
        var host = sandbox.Load();

        var failures = host.Notifications.Publish(FoundFiles);

        failures.ShouldHaveSingleItem().PluginId.ShouldBe("Misbehaving.HangsInCall");
        File.Exists(Path.Combine(sandbox.Options.DataFolder, BuiltPlugins.NotificationLog, "notifications.jsonl")).ShouldBeTrue();
    }

    public void Dispose() => sandbox.Dispose();
}
