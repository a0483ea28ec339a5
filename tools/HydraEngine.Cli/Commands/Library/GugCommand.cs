using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra gug NAME "search text" [--json]</c>: the gallery URLs a GUG (or each GUG of a nested GUG) makes.</summary>
internal static class GugCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var database = LibraryOptions.Database();
        var name = new Argument<string>("name") { Description = "A GUG or nested GUG in the library." };
        var search = new Argument<string>("search") { Description = "The search text, e.g. \"blue_eyes smile\"." };
        var json = LibraryOptions.Json("Print a JSON list of the URLs.");
        var command = new Command("gug", "Make the gallery URLs a GUG or nested GUG makes for a search.") { name, search, json, database };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
        {
            var urls = library.GalleryUrls(parseResult.GetValue(name)!, parseResult.GetValue(search)!);
            if (urls.Count == 0)
            {
                error.WriteLine($"error: '{parseResult.GetValue(name)}' makes no gallery URLs: a nested GUG whose members are all missing from the library, or that has none; `hydra downloaders show` lists its members");
                return LibraryCommandRunner.Failed;
            }

            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(urls, Compact));
            }
            else
            {
                foreach (var url in urls)
                {
                    output.WriteLine(url);
                }
            }

            return 0;
        }, StoreAccess.Reads));
        return command;
    }
}
