namespace HydraEngine.Abstractions;

/// <summary>What a plugin may add to the engine, handed to <see cref="IHydraPlugin.Register"/>.</summary>
public interface IPluginRegistry
{
    /// <summary>The plugin's id, from its manifest.</summary>
    string PluginId { get; }

    /// <summary>A folder this plugin may keep its own files in (created by the host, kept between runs).</summary>
    string DataFolder { get; }

    /// <summary>Adds a formula kind, usable from native definitions as <c>{"kind": name, "plugin": id, ...}</c>.</summary>
    /// <param name="kind">The kind; its name is unique within this plugin.</param>
    void AddFormulaKind(IFormulaKind kind);

    /// <summary>Adds a string converter step, usable in native definitions' converters as <c>{"kind": name, "plugin": id, "settings": {...}}</c>.</summary>
    /// <param name="step">The step; its name is unique within this plugin.</param>
    void AddConverterStep(IConverterStep step);

    /// <summary>Adds code that fetches and parses URLs of one URL class.</summary>
    /// <param name="handler">The handler.</param>
    void AddSiteHandler(ISiteHandler handler);

    /// <summary>Adds a hook called after each file import.</summary>
    /// <param name="hook">The hook.</param>
    void AddImportHook(IImportHook hook);

    /// <summary>Adds an exporter called after a file is exported.</summary>
    /// <param name="exporter">The exporter.</param>
    void AddExporter(IExporter exporter);

    /// <summary>Adds a sink for the engine's notifications.</summary>
    /// <param name="sink">The sink.</param>
    void AddNotificationSink(INotificationSink sink);
}
