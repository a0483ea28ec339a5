using System.CommandLine;
using HydraEngine.Downloading;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra cookies import FILE</c>: a Netscape cookies.txt (as browser extensions export it) into the network state.</summary>
internal static class CookiesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A Netscape-format cookies.txt file, or Firefox's cookies.sqlite (in the Firefox profile folder)." };
        var import = new Command("import", "Import a Netscape cookies.txt or Firefox's cookies.sqlite into the database's cookie jar (later downloads send them).") { file };
        var session = SessionOptions.AddTo(import);
        import.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new DownloadException($"there is no file '{path}'");
            }

            await using var opened = session.Open(parseResult, error);
            int count;
            try
            {
                count = HydraEngine.Network.Cookies.FirefoxCookieFile.IsSqlite(path) ? opened.Network.ImportFirefoxCookies(path) : opened.Network.ImportNetscapeCookies(path);
            }
            catch (FormatException exception)
            {
                throw new DownloadException($"{path}: {exception.Message}", exception);
            }

            output.WriteLine($"imported {count} cookie{(count == 1 ? "" : "s")} from {path}");
            return 0;
        }));
        return new Command("cookies", "The network's cookie jar, kept in the database.") { import };
    }
}
