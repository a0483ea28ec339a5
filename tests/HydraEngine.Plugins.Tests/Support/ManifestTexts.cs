namespace HydraEngine.Plugins.Tests.Support;

/// <summary>plugin.json texts for hand-made plugin folders.</summary>
internal static class ManifestTexts
{
    public static string For(string id, string entryAssembly = "Plugin.dll", string contract = "1.0") =>
        $$"""{"id": "{{id}}", "version": "0.1.0", "entry_assembly": "{{entryAssembly}}", "contract_version": "{{contract}}"}""";
}
