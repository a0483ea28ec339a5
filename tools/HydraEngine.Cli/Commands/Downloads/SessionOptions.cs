using System.CommandLine;
using HydraEngine.Cli.Commands.Store;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>--db PATH</c> (and <c>--db-synchronous</c>) for the download commands: every download state lives in that database.</summary>
internal sealed class SessionOptions
{
    private readonly StoreCommandOptions store;

    private SessionOptions(StoreCommandOptions store) => this.store = store;

    public static SessionOptions AddTo(Command command) => new(StoreCommandOptions.AddTo(command));

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    public DownloadSession Open(ParseResult parseResult, TextWriter error, SessionSettings? settings = null) =>
        DownloadSession.Open(store.Open(parseResult, error), settings);
}
