using System.CommandLine;
using HydraEngine.Database;
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

    /// <summary>Opens the store; a command that only reads (<paramref name="access"/>) refuses one that does not exist.</summary>
    public HydraStore Open(ParseResult parseResult, TextWriter error, StoreAccess access = StoreAccess.Writes)
    {
        var options = StoreOptionsFor(parseResult, error);
        return HydraStore.Open(Located(parseResult, error, access), options with { Profile = CliEnvironment.Of(parseResult).SqlProfile });
    }

    /// <summary>An engine on the store these options name, with this process's plugins; <paramref name="configure"/> adds the command's own settings.</summary>
    public HydraEngineInstance OpenEngine(ParseResult parseResult, TextWriter error, Func<HydraEngineOptions, HydraEngineOptions>? configure = null, StoreAccess access = StoreAccess.Writes)
    {
        var options = EngineOptions(parseResult, error, access);
        return HydraEngineHost.Open(configure is null ? options : configure(options));
    }

    /// <summary>The engine these options name (store, synchronous level, this process's plugins), not yet opened.</summary>
    public HydraEngineOptions EngineOptions(ParseResult parseResult, TextWriter error, StoreAccess access = StoreAccess.Writes) =>
        new(Located(parseResult, error, access))
        {
            Synchronous = StoreOptionsFor(parseResult, error).Synchronous,
            SharedPlugins = CliEnvironment.Of(parseResult).Plugins,
            SqlProfile = CliEnvironment.Of(parseResult).SqlProfile,
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

    /// <summary>The store's location, checked: a command that only reads refuses a missing store; one that writes says it creates it.</summary>
    private StoreLocation Located(ParseResult parseResult, TextWriter error, StoreAccess access)
    {
        var location = StoreLocation.FromOption(parseResult.GetValue(Database));
        StorePresence.Check(location.DatabasePath, access, error);
        return location;
    }
}
