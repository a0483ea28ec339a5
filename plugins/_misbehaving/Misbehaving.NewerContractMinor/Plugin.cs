using HydraEngine.Abstractions;

namespace Misbehaving.NewerContractMinor;

/// <summary>Well behaved, but its manifest says it needs contract 1.1 (a newer minor than this host's 1.0).</summary>
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
