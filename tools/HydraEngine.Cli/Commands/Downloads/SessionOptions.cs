using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Host;

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

    /// <summary>
    /// An engine on the chosen store; <paramref name="configure"/> adds the command's own settings (events, clock,
    /// network); a command that only reads (<paramref name="access"/>) refuses a store that does not exist.
    /// </summary>
    public HydraEngineInstance Open(ParseResult parseResult, TextWriter error, Func<HydraEngineOptions, HydraEngineOptions>? configure = null, StoreAccess access = StoreAccess.Writes)
    {
        var service = parseResult.GetValue(tagService);
        var engine = store.OpenEngine(parseResult, error, options =>
        {
            options = service is null ? options : options with { Downloads = options.Downloads with { TagService = service } };
            return configure is null ? options : configure(options);
        }, access);
        if (service is not null && !engine.Store.Services.Any(known => known.IsTagService && known.Name == service))
        {
            engine.Dispose();
            throw new HydraEngine.Storage.StoreException($"there is no tag service named '{service}'; `hydra tags services` lists them");
        }

        return engine;
    }
}
