using HydraEngine.Abstractions;

namespace Misbehaving.BadRegistration;

/// <summary>Registers a formula kind with a name that is not a kind word and settings that are null.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry) => registry.AddFormulaKind(new BadlyNamedKind());

    private sealed class BadlyNamedKind : IFormulaKind
    {
        public string Name => "Bad Name";

        public IReadOnlyList<SettingDeclaration> Settings => null!;

        public bool ReadsHtml => false;

        public IReadOnlyList<string> Evaluate(FormulaRequest request) => ["never called"];
    }
}
