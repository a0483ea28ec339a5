using HydraEngine.Abstractions;

namespace Misbehaving.OtherContractMajor;

/// <summary>Well behaved, but its manifest says it was built for contract 2.0 (another major).</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddFormulaKind(new EchoKind());

    private sealed class EchoKind : IFormulaKind
    {
        public string Name => "echo_formula";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public bool ReadsHtml => false;

        public IReadOnlyList<string> Evaluate(FormulaRequest request) => [request.Text];
    }
}
