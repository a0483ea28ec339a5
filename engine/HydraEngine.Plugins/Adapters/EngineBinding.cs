using HydraEngine.Definitions.Native;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Strings.Conversions;

namespace HydraEngine.Plugins.Adapters;

/// <summary>
/// The engine's registries are process-wide, so one host at a time serves them: attaching points the formula
/// registry, the converter registry and the native reader at that host; detaching leaves them saying that no plugins
/// are loaded.
/// </summary>
internal static class EngineBinding
{
    private static readonly Lock Gate = new();
    private static readonly PluginFormulaRunner Runner = new();
    private static readonly PluginKindChecker Checker = new();
    private static PluginHost? current;
    private static bool converterRegistered;

    public static PluginHost? Current => Volatile.Read(ref current);

    public static void Attach(PluginHost host)
    {
        lock (Gate)
        {
            if (!converterRegistered)
            {
                ConverterStepRegistration.Register(typeof(PluginConversion), PluginConverterSteps.Apply);
                converterRegistered = true;
            }

            Volatile.Write(ref current, host);
            PluginFormulaHost.Runner = Runner;
            NativePluginKinds.Checker = Checker;
        }
    }

    public static void Detach(PluginHost host)
    {
        lock (Gate)
        {
            if (ReferenceEquals(current, host))
            {
                Volatile.Write(ref current, null);
                PluginFormulaHost.Runner = null;
                NativePluginKinds.Checker = null;
            }
        }
    }
}
