namespace HydraEngine.Plugins.Tests.Support;

/// <summary>
/// The engine's formula registry, converter registry and native reader are process-wide and serve one attached
/// plugin host at a time, so tests that attach one run one after another.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineCollection
{
    public const string Name = "engine registries";
}
