using HydraEngine.Abstractions;

namespace Misbehaving.ThrowsInRegister;

/// <summary>Throws from Register.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => throw new InvalidOperationException("this plugin always fails to register");
}
