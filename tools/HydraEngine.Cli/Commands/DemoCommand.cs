using System.CommandLine;
using System.Reflection;
using HydraEngine.Definitions;
using HydraEngine.Model.Containers;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// <c>hydra demo</c>: the engine's main job, offline, on what ships inside the binary: the demo downloader
/// definitions are loaded, summarised, exported as a hydrus PNG and read back.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var keep = new Option<string?>("--out") { Description = "Folder to keep the exported PNG in (default: a temporary folder)." };
        var command = new Command("demo", "Run the offline demo on the embedded downloader definitions.") { keep };
        command.SetAction(parseResult => Run(parseResult.GetValue(keep), Console.Out));
        return command;
    }

    public static int Run(string? outputFolder, TextWriter output)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var loaded = new List<Model.Common.Definition>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.Contains(".Demo.", StringComparison.Ordinal) && !name.Contains(".DemoPages.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var result = DefinitionLoader.Load(memory.ToArray(), resource[(resource.IndexOf(".Demo.", StringComparison.Ordinal) + 6)..]);
            InspectSummary.Write(result, output);
            if (result.Succeeded)
            {
                loaded.Add(result.Definition!);
            }
        }

        if (loaded.Count == 0)
        {
            output.WriteLine("no demo definitions are embedded in this build.");
            return 1;
        }

        output.WriteLine("— the downloader, run offline on an embedded saved page —");
        var parsed = DemoParse.Run(loaded, output);
        output.WriteLine();
        var bundle = new DefinitionList(new Model.Common.EquatableArray<Model.Common.Definition>(loaded));
        var folder = outputFolder ?? Directory.CreateTempSubdirectory("hydra-demo-").FullName;
        Directory.CreateDirectory(folder);
        var pngPath = Path.Combine(folder, "demo downloader.png");
        File.WriteAllBytes(pngPath, HydrusSerialiser.ToPng(bundle, "easy-import downloader png - demo"));
        var reread = DefinitionLoader.LoadFile(pngPath);
        var identical = reread.Succeeded && reread.Definition == bundle;
        output.WriteLine($"exported {loaded.Count} objects to {pngPath}; read back {(identical ? "identical" : "DIFFERENT")}.");
        return identical && parsed ? 0 : 1;
    }
}
