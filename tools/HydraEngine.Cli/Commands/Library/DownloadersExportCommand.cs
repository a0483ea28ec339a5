using System.CommandLine;
using System.Text;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Definitions.Png;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders export NAME -o FILE.png|.hydrus.json|.json</c>: a GUG or URL class with everything it needs.</summary>
internal static class DownloadersExportCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "A GUG, nested GUG or URL class (exported with what it needs), or a parser, login script or domain metadata (exported alone)." };
        var outputPath = new Option<string>("--output", "-o") { Description = "Where to write: .png (hydrus imports it), .hydrus.json or native .json.", Required = true };
        var kind = LibraryOptions.Kind();
        var command = new Command("export", "Export a downloader (GUG or URL class) with its URL classes, parsers and domain metadata as one bundle, or any other library object alone.") { name, outputPath, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
        {
            var path = parseResult.GetValue(outputPath)!;
            var bundle = library.Export(parseResult.GetValue(name)!, LibraryOptions.KindOf(parseResult, kind));
            byte[] bytes = path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? HydrusPngWriter.Write(HydrusSerialiser.ToNetworkBytes(bundle.Bundle), bundle.Title, bundle.Description)
                : path.EndsWith(".hydrus.json", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetBytes(HydrusSerialiser.ToDumpString(bundle.Bundle))
                : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetBytes(NativeWithTests(library, bundle.Bundle) + "\n")
                : [];
            if (bytes.Length == 0)
            {
                error.WriteLine($"error: {path}: the output must end in .png, .hydrus.json or .json");
                return LibraryCommandRunner.Failed;
            }

            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            output.WriteLine($"wrote {path}: {DefinitionDescriptions.Describe(bundle.Bundle)}");
            foreach (var item in bundle.Bundle.Items)
            {
                output.WriteLine($"  {DefinitionDescriptions.HydrusNameOf(item)}: {LibraryKinds.NameOf(item)}");
            }

            return 0;
        }, StoreAccess.Reads));
        return command;
    }

    /// <summary>The native JSON of the bundle with the test packs of its parsers at the top level.</summary>
    private static string NativeWithTests(DownloaderLibrary library, HydraEngine.Model.Containers.DefinitionList bundle)
    {
        var node = NativeDefinitionWriter.ToNode(bundle);
        var tests = bundle.Items.OfType<HydraEngine.Model.Parsing.PageParser>().SelectMany(parser => library.Tests(parser.Name)).ToList();
        if (tests.Count > 0)
        {
            node[NativeDefinitionWriter.TestPacksKey] = HydraEngine.Library.Testing.TestPackJson.Write(tests);
        }

        return NativeDefinitionWriter.ToJson(node);
    }
}
