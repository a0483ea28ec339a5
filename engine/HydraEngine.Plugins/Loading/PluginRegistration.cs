using System.Text.RegularExpressions;
using HydraEngine.Abstractions;
using HydraEngine.Definitions.Native;

namespace HydraEngine.Plugins.Loading;

/// <summary>
/// The <see cref="IPluginRegistry"/> handed to one plugin's <see cref="IHydraPlugin.Register"/>. It checks what is
/// added (names, settings, nulls, duplicates) and collects every problem; any problem disables the plugin. Plugin
/// code (property getters) runs outside its lock, so a plugin that hangs there cannot block the host.
/// </summary>
internal sealed partial class PluginRegistration(string pluginId, string dataFolder) : IPluginRegistry
{
    private readonly Lock gate = new();
    private readonly List<RegisteredFormulaKind> formulaKinds = [];
    private readonly List<RegisteredKind<IConverterStep>> converterSteps = [];
    private readonly List<RegisteredSiteHandler> siteHandlers = [];
    private readonly List<IImportHook> importHooks = [];
    private readonly List<IExporter> exporters = [];
    private readonly List<INotificationSink> sinks = [];
    private readonly List<string> problems = [];
    private volatile bool closed;

    public string PluginId => pluginId;

    public string DataFolder => dataFolder;

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. problems];
            }
        }
    }

    public void AddFormulaKind(IFormulaKind kind)
    {
        if (Accept(kind, nameof(AddFormulaKind)) is { } given)
        {
            var declared = (given.Name, Settings: given.Settings?.ToArray(), given.ReadsHtml);
            Locked(() =>
            {
                if (Declare(declared.Name, declared.Settings, given, "formula kind", formulaKinds.Select(known => known.Declared.Name)) is { } registered)
                {
                    formulaKinds.Add(new RegisteredFormulaKind(registered, declared.ReadsHtml));
                }
            });
        }
    }

    public void AddConverterStep(IConverterStep step)
    {
        if (Accept(step, nameof(AddConverterStep)) is { } given)
        {
            var declared = (given.Name, Settings: given.Settings?.ToArray());
            Locked(() =>
            {
                if (Declare(declared.Name, declared.Settings, given, "converter step", converterSteps.Select(known => known.Name)) is { } registered)
                {
                    converterSteps.Add(registered);
                }
            });
        }
    }

    public void AddSiteHandler(ISiteHandler handler)
    {
        if (Accept(handler, nameof(AddSiteHandler)) is not { } given)
        {
            return;
        }

        var urlClass = given.UrlClass;
        Locked(() =>
        {
            if (string.IsNullOrWhiteSpace(urlClass))
            {
                problems.Add($"a site handler ({given.GetType().Name}) names no URL class.");
            }
            else if (siteHandlers.Any(known => known.UrlClass == urlClass))
            {
                problems.Add($"two site handlers for the URL class \"{urlClass}\".");
            }
            else
            {
                siteHandlers.Add(new RegisteredSiteHandler(urlClass, given));
            }
        });
    }

    public void AddImportHook(IImportHook hook) => Locked(() => AddIfGiven(hook, nameof(AddImportHook), importHooks));

    public void AddExporter(IExporter exporter) => Locked(() => AddIfGiven(exporter, nameof(AddExporter), exporters));

    public void AddNotificationSink(INotificationSink sink) => Locked(() => AddIfGiven(sink, nameof(AddNotificationSink), sinks));

    /// <summary>Ends registration and returns what was added; later calls are refused.</summary>
    public RegisteredExtensions Close()
    {
        closed = true;
        lock (gate)
        {
            return new RegisteredExtensions([.. formulaKinds], [.. converterSteps], [.. siteHandlers], [.. importHooks], [.. exporters], [.. sinks]);
        }
    }

    /// <summary>Ends registration without waiting for anything (Register did not return in time).</summary>
    public void Abandon() => closed = true;

    private T? Accept<T>(T? extension, string method)
        where T : class
    {
        EnsureOpen(method);
        if (extension is null)
        {
            Locked(() => problems.Add($"{method} was given null."));
        }

        return extension;
    }

    private void AddIfGiven<T>(T? extension, string method, List<T> into)
        where T : class
    {
        EnsureOpen(method);
        if (extension is null)
        {
            problems.Add($"{method} was given null.");
        }
        else
        {
            into.Add(extension);
        }
    }

    private void EnsureOpen(string method)
    {
        if (closed)
        {
            throw new InvalidOperationException($"{method} was called after Register returned; the registry is only valid during Register.");
        }
    }

    private void Locked(Action action)
    {
        lock (gate)
        {
            action();
        }
    }

    private RegisteredKind<TKind>? Declare<TKind>(string? name, SettingDeclaration[]? settings, TKind kind, string what, IEnumerable<string> taken)
        where TKind : IPluginKind
    {
        var before = problems.Count;
        if (name is null || !KindName().IsMatch(name))
        {
            problems.Add($"a {what} ({kind.GetType().Name}) is named \"{name}\"; names are lower-case snake_case ([a-z][a-z0-9_]*, at most 64 characters).");
        }
        else if (NativeKindCatalogue.TypeOf(name) is not null)
        {
            problems.Add($"the {what} \"{name}\" has the name of a built-in kind.");
        }
        else if (taken.Contains(name, StringComparer.Ordinal))
        {
            problems.Add($"two {what}s are named \"{name}\".");
        }

        if (settings is null)
        {
            problems.Add($"the {what} \"{name}\" declares its settings as null (use an empty list).");
            return null;
        }

        CheckSettings(name, what, settings);
        return problems.Count == before ? new RegisteredKind<TKind>(name!, settings, kind) : null;
    }

    private void CheckSettings(string? kind, string what, SettingDeclaration[] settings)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            if (setting is null || string.IsNullOrEmpty(setting.Name))
            {
                problems.Add($"the {what} \"{kind}\" declares a setting that is null or has no name.");
            }
            else if (!names.Add(setting.Name))
            {
                problems.Add($"the {what} \"{kind}\" declares the setting \"{setting.Name}\" twice.");
            }
            else if (!Enum.IsDefined(setting.Type))
            {
                problems.Add($"the {what} \"{kind}\" gives the setting \"{setting.Name}\" the unknown type {(int)setting.Type}.");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex KindName();
}
