using System.CommandLine;
using HydraEngine.Host;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>--db PATH</c> and <c>--db-synchronous 0|1|2|3</c>, shared by every store command.</summary>
internal sealed class StoreCommandOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The store's database file; its files live in files/ beside it (default: $XDG_DATA_HOME/hydra/hydra.db, else ~/.local/share/hydra/hydra.db).",
    };

    public Option<int?> Synchronous { get; } = new("--db-synchronous")
    {
        Description = "SQLite synchronous level: 0 off (fast, unsafe on power loss), 1 normal (default), 2 full, 3 extra.",
    };

    /// <summary>Fresh options added to <paramref name="command"/> (System.CommandLine options belong to one command).</summary>
    public static StoreCommandOptions AddTo(Command command)
    {
        var options = new StoreCommandOptions();
        command.Options.Add(options.Database);
        command.Options.Add(options.Synchronous);
        return options;
    }

    public HydraStore Open(ParseResult parseResult, TextWriter error) =>
        HydraStore.Open(StoreLocation.FromOption(parseResult.GetValue(Database)), StoreOptionsFor(parseResult, error));

    /// <summary>An engine on the store these options name, with this process's plugins; <paramref name="configure"/> adds the command's own settings.</summary>
    public HydraEngineInstance OpenEngine(ParseResult parseResult, TextWriter error, Func<HydraEngineOptions, HydraEngineOptions>? configure = null)
    {
        var options = EngineOptions(parseResult, error);
        return HydraEngineHost.Open(configure is null ? options : configure(options));
    }

    /// <summary>The engine these options name (store, synchronous level, this process's plugins), not yet opened.</summary>
    public HydraEngineOptions EngineOptions(ParseResult parseResult, TextWriter error) =>
        new(StoreLocation.FromOption(parseResult.GetValue(Database)))
        {
            Synchronous = StoreOptionsFor(parseResult, error).Synchronous,
            SharedPlugins = CliEnvironment.Of(parseResult).Plugins,
        };

    private StoreOptions StoreOptionsFor(ParseResult parseResult, TextWriter error)
    {
        var level = parseResult.GetValue(Synchronous) ?? (int)SynchronousMode.Normal;
        if (level is < 0 or > 3)
        {
            throw new StoreException($"--db-synchronous must be 0, 1, 2 or 3 (got {level})");
        }

        var options = new StoreOptions((SynchronousMode)level);
        if (options.Warning is { } warning)
        {
            error.WriteLine(warning);
        }

        return options;
    }
}
