using HydraEngine.Abstractions;

namespace Misbehaving.ThrowsInCall;

/// <summary>Registers a formula kind and an import hook that throw when called.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddFormulaKind(new ThrowingKind());
        registry.AddImportHook(new ThrowingHook());
    }

    private sealed class ThrowingKind : IFormulaKind
    {
        public string Name => "throwing_formula";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public bool ReadsHtml => false;

        public IReadOnlyList<string> Evaluate(FormulaRequest request) => throw new NullReferenceException("a bug in the plugin");
    }

    private sealed class ThrowingHook : IImportHook
    {
        public void OnImported(FileDetails file) => throw new IOException("a bug in the hook");
    }
}
