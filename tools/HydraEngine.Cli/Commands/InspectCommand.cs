using System.CommandLine;
using HydraEngine.Definitions;

namespace HydraEngine.Cli.Commands;

/// <summary><c>hydra inspect [--json] PATH...</c>: what each definition file holds, before importing it.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "PNG or JSON files, or directories (searched for *.png and *.json)." };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines, one object per file: path, ok, error, objects, hydrus." };
        var command = new Command("inspect", "Show what downloader files hold (\"does this look correct?\").") { paths, json };
        command.SetAction(parseResult => Run(parseResult.GetValue(paths)!, parseResult.GetValue(json), Console.Out));
        return command;
    }

    public static int Run(IEnumerable<string> paths, bool asJson, TextWriter output)
    {
        var failures = 0;
        foreach (var file in InputFiles.Expand(paths))
        {
            var result = DefinitionLoader.LoadFile(file);
            failures += result.Succeeded ? 0 : 1;
            if (asJson)
            {
                output.WriteLine(InspectJsonLine.Build(result).ToJsonString());
            }
            else
            {
                InspectSummary.Write(result, output);
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
