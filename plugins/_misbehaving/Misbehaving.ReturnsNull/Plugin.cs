using System.Text.Json;
using HydraEngine.Abstractions;

namespace Misbehaving.ReturnsNull;

/// <summary>Registers a formula kind, a converter step and a site handler that return null.</summary>
public sealed class Plugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddFormulaKind(new NullKind());
        registry.AddConverterStep(new NullStep());
        registry.AddSiteHandler(new NullHandler());
    }

    private sealed class NullKind : IFormulaKind
    {
        public string Name => "null_formula";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public bool ReadsHtml => false;

        public IReadOnlyList<string> Evaluate(FormulaRequest request) => null!;
    }

    private sealed class NullStep : IConverterStep
    {
        public string Name => "null_step";

        public IReadOnlyList<SettingDeclaration> Settings { get; } = [];

        public string Convert(string text, IReadOnlyDictionary<string, JsonElement> settings) => null!;
    }

    private sealed class NullHandler : ISiteHandler
    {
        public string UrlClass => "null site";

        public Task<SiteResult> FetchAsync(SiteRequest request, IPluginHttp http, CancellationToken cancellationToken) => Task.FromResult<SiteResult>(null!);
    }
}
