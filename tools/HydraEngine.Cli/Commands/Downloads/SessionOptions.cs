using System.CommandLine;
using HydraEngine.Cli.Commands.Store;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>--db PATH</c> (and <c>--db-synchronous</c>) for the download commands: every download state lives in that database.</summary>
internal sealed class SessionOptions
{
    private readonly StoreCommandOptions store;

    private readonly Option<string?> tagService = new("--tag-service")
    {
        Description = "The tag service downloaded tags go to (default: \"downloader tags\"; `hydra tags services` lists them).",
    };

    private SessionOptions(StoreCommandOptions store) => this.store = store;

    public static SessionOptions AddTo(Command command)
    {
        var options = new SessionOptions(StoreCommandOptions.AddTo(command));
        command.Options.Add(options.tagService);
        return options;
    }

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    public DownloadSession Open(ParseResult parseResult, TextWriter error, SessionSettings? settings = null, StoreAccess access = StoreAccess.Writes)
    {
        var opened = store.Open(parseResult, error, access);
        if (parseResult.GetValue(tagService) is { } service)
        {
            if (!opened.Services.Any(known => known.IsTagService && known.Name == service))
            {
                opened.Dispose();
                throw new HydraEngine.Storage.StoreException($"there is no tag service named '{service}'; `hydra tags services` lists them");
            }

            settings ??= new SessionSettings();
            settings = settings with { Options = (settings.Options ?? HydraEngine.Downloading.DownloadOptions.Default) with { TagService = service } };
        }

        return DownloadSession.Open(opened, settings);
    }
}
