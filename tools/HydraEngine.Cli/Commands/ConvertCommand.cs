using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary><c>hydra convert IN -o OUT</c> between .png, hydrus JSON (.hydrus.json) and native JSON (.json).</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .png, .hydrus.json or native .json definition." };
        var outputPath = new Option<string>("--output", "-o") { Description = "Where to write: .png, .hydrus.json or .json.", Required = true };
        var command = new Command("convert", "Convert a definition between hydrus PNG, hydrus JSON and native JSON.") { input, outputPath };
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(outputPath)!, Console.Out, Console.Error, CliEnvironment.Of(parseResult).Registries));
        return command;
    }

    /// <param name="registries">The native kinds plugins add; the built-in ones when null.</param>
    public static int Run(string input, string outputPath, TextWriter output, TextWriter error, EngineRegistries? registries = null)
    {
        var result = DefinitionLoader.LoadFile(input, (registries ?? EngineRegistries.BuiltIn).Definitions);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (!result.Succeeded)
        {
            return 1;
        }

        var definition = result.Definition!;
        byte[] bytes = outputPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? HydrusSerialiser.ToPng(definition)
            : outputPath.EndsWith(".hydrus.json", StringComparison.OrdinalIgnoreCase) ? System.Text.Encoding.UTF8.GetBytes(HydrusSerialiser.ToDumpString(definition))
            : outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? System.Text.Encoding.UTF8.GetBytes(NativeDefinitionWriter.ToJson(definition) + "\n")
            : [];
        if (bytes.Length == 0)
        {
            error.WriteLine($"{outputPath}: the output must end in .png, .hydrus.json or .json.");
            return 2;
        }

        var temporary = outputPath + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, outputPath, overwrite: true);
        output.WriteLine($"wrote {outputPath} ({bytes.Length} bytes): {DefinitionDescriptions.Describe(definition)}");
        return 0;
    }
}
