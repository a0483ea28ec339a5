using System.CommandLine;
using HydraEngine.Database;
using HydraEngine.Host;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// What one <c>hydra</c> process shares between its commands: the installed plugins, loaded once at start-up and
/// handed to every engine a command opens. Commands find it through their root command (<see cref="Of"/>).
/// </summary>
internal sealed class CliEnvironment
{
    private CliEnvironment(PluginHost? plugins)
    {
        Plugins = plugins;
        Registries = plugins is null ? EngineRegistries.BuiltIn : EngineRegistries.Build(plugins);
    }

    /// <summary>No plugins (tests that invoke the CLI in-process).</summary>
    public static CliEnvironment None { get; } = new(null);

    public PluginHost? Plugins { get; }

    /// <summary>The registries (formula kinds, converter steps, native kinds) of commands that read or run definitions without opening a store.</summary>
    public EngineRegistries Registries { get; }

    /// <summary>Where every engine's SQL statement timings go while <c>--profile</c> runs; null otherwise.</summary>
    public SqlProfile? SqlProfile { get; private init; }

    /// <summary>The same environment, with statement timings collected into <paramref name="profile"/>.</summary>
    public CliEnvironment Profiled(SqlProfile profile) => new(Plugins) { SqlProfile = profile };

    /// <summary>Loads the plugins installed under the data folder's <c>plugins/</c> (none when it does not exist).</summary>
    public static CliEnvironment LoadInstalled() => new(HydraEngineHost.LoadPlugins(PluginHostOptions.Default));

    public static CliEnvironment Of(ParseResult parseResult) =>
        parseResult.RootCommandResult.Command is HydraRootCommand root ? root.Environment : None;
}

/// <summary>The <c>hydra</c> root command, carrying the process's <see cref="CliEnvironment"/>.</summary>
internal sealed class HydraRootCommand(CliEnvironment environment, string description) : RootCommand(description)
{
    public CliEnvironment Environment { get; } = environment;
}
