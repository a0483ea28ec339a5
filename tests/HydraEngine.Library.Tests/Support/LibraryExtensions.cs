using HydraEngine.Definitions;
using HydraEngine.Library.Importing;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Tests.Support;

/// <summary>Test shorthands over the library API.</summary>
internal static class LibraryExtensions
{
    /// <summary>Plans and applies built objects, failing the test when the plan has errors.</summary>
    public static ImportOutcome ImportObjects(this DownloaderLibrary library, params Definition[] definitions)
    {
        var plan = library.PlanImport(Fixtures.Sources(definitions));
        plan.HasErrors.ShouldBeFalse(string.Join("\n", plan.Diagnostics));
        return library.ApplyImport(plan);
    }

    public static ImportPlan Plan(this DownloaderLibrary library, params Definition[] definitions) => library.PlanImport(Fixtures.Sources(definitions));

    public static ImportOutcome ImportDemo(this DownloaderLibrary library) => library.Import(Fixtures.DemoFiles);

    public static IEnumerable<string> Codes(this ImportPlan plan) => plan.Diagnostics.Select(diagnostic => diagnostic.Code);

    public static string Native(this Definition definition) => Definitions.Native.NativeDefinitionWriter.ToJson(definition);
}
