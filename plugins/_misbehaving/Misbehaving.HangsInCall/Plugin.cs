using HydraEngine.Abstractions;

namespace Misbehaving.HangsInCall;

/// <summary>Registers a formula kind and a notification sink that never return.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddFormulaKind(new HangingKind());
        registry.AddNotificationSink(new HangingSink());
    }

    private sealed class HangingKind : IFormulaKind
    {
        public string Name => "hanging_formula";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public bool ReadsHtml => false;

        public IReadOnlyList<string> Evaluate(FormulaRequest request)
        {
            Thread.Sleep(Timeout.Infinite);
            return [];
        }
    }

    private sealed class HangingSink : INotificationSink
    {
        public void Notify(Notification notification) => Thread.Sleep(Timeout.Infinite);
    }
}
