using HydraEngine.Abstractions;

namespace Misbehaving.BorrowsHostAssembly;

/// <summary>Uses a host assembly (HydraEngine.Model) without shipping it; plugins share only the contract, so it cannot load it.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => Console.WriteLine(typeof(HydraEngine.Model.Parsing.PluginFormula).Name);
}
