using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands;

/// <summary><c>hydra inspect [--json] PATH...</c>: what each definition file holds, before importing it.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "PNG or JSON files, or directories (searched for *.png and *.json)." };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines, one object per file: path, ok, error, objects, hydrus." };
        var command = new Command("inspect", "Show what downloader files hold (\"does this look correct?\").") { paths, json };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths)!, parseResult.GetValue(json), Console.Out, CliEnvironment.Of(parseResult).Registries));
        return command;
    }

    /// <param name="registries">The native kinds plugins add; the built-in ones when null.</param>
    public static int Run(IEnumerable<string> paths, bool asJson, TextWriter output, EngineRegistries? registries = null)
    {
        var reading = (registries ?? EngineRegistries.BuiltIn).Definitions;
        var failures = 0;
        var lines = InputFiles.Expand(paths)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file => RenderGuarded(file, asJson, reading));
        foreach (var (text, succeeded) in lines)
        {
            failures += succeeded ? 0 : 1;
            output.Write(text);
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>A fault of ours on one file is that file's error line; the rest of the batch goes on.</summary>
    private static (string Text, bool Succeeded) RenderGuarded(string file, bool asJson, DefinitionReadOptions reading)
    {
        try
        {
            return Render(DefinitionLoader.LoadFile(file, reading), asJson);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var failed = new DefinitionLoadResult(file, null, null,
                [new DefinitionDiagnostic(file, "", DiagnosticSeverity.Error, DiagnosticCodes.Unexpected, $"this could not be described ({exception.GetType().Name}: {exception.Message}); please report it with the file.")], []);
            return Render(failed, asJson);
        }
    }

    /// <summary>Files load in parallel (a batch of thousands is the common case); output stays in input order.</summary>
    private static (string Text, bool Succeeded) Render(DefinitionLoadResult result, bool asJson)
    {
        if (asJson)
        {
            return (InspectJsonLine.Build(result).ToJsonString() + Environment.NewLine, result.Succeeded);
        }

        var writer = new StringWriter();
        InspectSummary.Write(result, writer);
        return (writer.ToString(), result.Succeeded);
    }
}
