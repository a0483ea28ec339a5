using System.CommandLine;
using HydraEngine.Plugins;

namespace HydraEngine.Cli.Commands.Plugins;

/// <summary>Runs one plugins command, turning failures into a message and exit code 1.</summary>
internal static class PluginCommandRunner
{
    public const int Failed = 1;

    public static int Run(ParseResult parseResult, Func<TextWriter, int> action)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return action(parseResult.InvocationConfiguration.Output);
        }
        catch (PluginException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return Failed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            return Failed;
        }
    }
}
