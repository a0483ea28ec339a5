using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// The download commands: <c>download</c>, <c>get</c>, <c>watch</c>, <c>subs</c>, <c>run</c>, <c>status</c> and
/// <c>cookies</c>. Each takes <c>--db PATH</c>; every job, log, cookie and bandwidth record lives in that database.
/// </summary>
public static class DownloadCommands
{
    public static IEnumerable<Command> Create() =>
    [
        DownloadCommand.Create(),
        GetCommand.Create(),
        WatchCommand.Create(),
        Subs.SubsCommand.Create(),
        RunCommand.Create(),
        StatusCommand.Create(),
        CookiesCommand.Create(),
        LoginCommand.Create(),
        RetryCommand.Create(),
        LimitsCommand.Create(),
    ];
}
