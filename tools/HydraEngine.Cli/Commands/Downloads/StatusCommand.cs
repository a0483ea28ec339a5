using System.CommandLine;
using HydraEngine.Downloading.State;
using HydraEngine.Host;
using HydraEngine.Network;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra status [--json]</c>: every job, where it stands, when it is next due, and which domains are waiting.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var json = SessionOptions.Json(
            "Print one JSON object: {\"all_paused\",\"subscriptions_paused\",\"jobs\":[{\"kind\",\"label\",\"state\",\"pending\",\"done\",\"failed\",\"next_due\",\"pages_failed\",\"last_error\"}],"
            + "\"domains\":[{\"domain\",\"in_flight\",\"bandwidth_wait_seconds\",\"politeness_delay_seconds\",\"last_problem\"}]}; next_due is ISO 8601 UTC or null.");
        var command = new Command("status", "Show every download job (gallery downloads, URL queues, watchers, subscription queries): state, files pending/done/failed, when it is next due; and which domains wait on bandwidth or politeness.")
        {
            json,
        };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error, access: StoreAccess.Reads);
            var status = opened.Downloads.Status();
            var domains = Domains(status, opened);
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            output.WriteLine(parseResult.GetValue(json) ? StatusJson.Write(status, domains, now) : StatusText.Write(status, domains, now));
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The network's live domain states, plus every domain the library knows whose recorded bandwidth use makes a new
    /// request wait now (usage is kept in the database, so this shows across runs).
    /// </summary>
    private static IReadOnlyList<DomainStatus> Domains(DownloadStatus status, HydraEngineInstance session)
    {
        var domains = status.Domains.ToList();
        var known = domains.Select(domain => domain.Domain).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var domain in session.Downloaders().DomainMetadata.Select(metadata => metadata.Domain).Where(known.Add))
        {
            if (Uri.TryCreate($"http://{domain}/", UriKind.Absolute, out var url)
                && session.Network.EstimateBandwidthWait(url, NetworkJobContext.Adhoc) is { } wait && wait > TimeSpan.Zero)
            {
                domains.Add(new DomainStatus(domain, 0, wait, TimeSpan.Zero, null));
            }
        }

        return domains;
    }
}
