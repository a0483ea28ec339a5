using HydraEngine.Abstractions;

namespace Misbehaving.HangsInRegister;

/// <summary>Never returns from Register.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => Thread.Sleep(Timeout.Infinite);
}
