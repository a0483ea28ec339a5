using HydraEngine.Plugins.Loading;

namespace HydraEngine.Plugins.Running;

/// <summary>
/// Calls one kind of extension (import hooks, exporters, notification sinks) of every plugin in use, in turn and
/// under guard; calls into one plugin are serialised. Returns the failures; a plugin disabled midway is skipped.
/// </summary>
internal static class PluginFanOut
{
    public static IReadOnlyList<PluginException> CallEach<T>(PluginHost host, Func<LoadedPlugin, IReadOnlyList<T>> extensions, string what, Action<T> call)
        where T : class
    {
        var failures = new List<PluginException>();
        foreach (var plugin in host.Active.ToArray())
        {
            foreach (var extension in extensions(plugin))
            {
                try
                {
                    host.Calls.Run(plugin, $"{what} {extension.GetType().Name}", host.Options.CallTimeout, () =>
                    {
                        lock (plugin.CallGate)
                        {
                            call(extension);
                        }

                        return true;
                    }, _ => null);
                }
                catch (PluginException failure)
                {
                    failures.Add(failure);
                    if (failure.PluginDisabled)
                    {
                        break;
                    }
                }
            }
        }

        return failures;
    }
}
