using HydraEngine.Abstractions;

namespace HydraEngine.XPath;

/// <summary>Adds the <c>xpath_formula</c> kind: XPath 1.0 over the parsed HTML.</summary>
public sealed class XPathPlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddFormulaKind(new XPathFormulaKind());
}
