using System.CommandLine;
using System.Text.Json;
using HydraEngine.Definitions.Native;

namespace HydraEngine.Cli.Commands;

/// <summary><c>hydra schema [-o FILE]</c>: the JSON Schema of native definitions (also at parsers/hydra-definition.schema.json).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the schema here instead of standard output." };
        var command = new Command("schema", "Print the JSON Schema of HydraEngine's native definition format.") { outputPath };
        command.SetAction(parseResult =>
        {
            var text = NativeSchemaGenerator.Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
            if (parseResult.GetValue(outputPath) is { } path)
            {
                File.WriteAllText(path, text);
            }
            else
            {
                Console.Out.Write(text);
            }

            return 0;
        });
        return command;
    }
}
