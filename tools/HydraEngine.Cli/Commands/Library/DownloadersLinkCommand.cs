using System.CommandLine;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders link CLASS [PARSER | --none | --auto]</c>: manual URL class → parser links.</summary>
internal static class DownloadersLinkCommand
{
    public static Command Create(Option<string?> database)
    {
        var urlClass = new Argument<string>("url-class") { Description = "The URL class." };
        var parser = new Argument<string?>("parser") { Arity = ArgumentArity.ZeroOrOne, Description = "The parser that should parse it." };
        var none = new Option<bool>("--none") { Description = "Never parse this URL class." };
        var automatic = new Option<bool>("--auto") { Description = "Drop the manual link: link as hydrus does, by the parsers' example URLs." };
        var command = new Command("link", "Override which parser parses a URL class.") { urlClass, parser, none, automatic };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
        {
            var className = parseResult.GetValue(urlClass)!;
            var parserName = parseResult.GetValue(parser);
            var choices = (parserName is null ? 0 : 1) + (parseResult.GetValue(none) ? 1 : 0) + (parseResult.GetValue(automatic) ? 1 : 0);
            if (choices != 1)
            {
                error.WriteLine("error: give exactly one of PARSER, --none or --auto");
                return LibraryCommandRunner.Failed;
            }

            if (parseResult.GetValue(automatic))
            {
                output.WriteLine(library.Unlink(className) ? $"'{className}' is linked automatically again." : $"'{className}' had no manual link.");
                return 0;
            }

            library.Link(className, parserName);
            output.WriteLine(parserName is null ? $"'{className}' will never be parsed." : $"'{className}' is parsed by '{parserName}'.");
            return 0;
        }));
        return command;
    }
}
