using HydraEngine.Abstractions;

namespace HydraEngine.Plugins.Loading;

/// <summary>
/// A formula kind or converter step as read once during registration: the host never calls the plugin's property
/// getters again, only <see cref="IFormulaKind.Evaluate"/> and <see cref="IConverterStep.Convert"/>, under guard.
/// </summary>
internal sealed record RegisteredKind<TKind>(string Name, IReadOnlyList<SettingDeclaration> Settings, TKind Kind)
    where TKind : IPluginKind;

/// <summary>A formula kind as registered, with whether it reads the HTML.</summary>
internal sealed record RegisteredFormulaKind(RegisteredKind<IFormulaKind> Declared, bool ReadsHtml);

/// <summary>A site handler as registered.</summary>
internal sealed record RegisteredSiteHandler(string UrlClass, ISiteHandler Handler);

/// <summary>Everything one plugin registered.</summary>
internal sealed record RegisteredExtensions(
    IReadOnlyList<RegisteredFormulaKind> FormulaKinds,
    IReadOnlyList<RegisteredKind<IConverterStep>> ConverterSteps,
    IReadOnlyList<RegisteredSiteHandler> SiteHandlers,
    IReadOnlyList<IImportHook> ImportHooks,
    IReadOnlyList<IExporter> Exporters,
    IReadOnlyList<INotificationSink> NotificationSinks)
{
    public static RegisteredExtensions None { get; } = new([], [], [], [], [], []);
}
