using System.CommandLine;
using HydraEngine.Downloading;
using HydraEngine.Model.Login;
using HydraEngine.Model.Text;
using HydraEngine.Network;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// <c>hydra login DOMAIN [--credential NAME=VALUE]... [--no-login]</c>: keeps credentials for the login script that
/// covers DOMAIN with the network state (asked for on the terminal, without echo, when not given), then logs in so the
/// session cookies are kept too. Credentials are never printed.
/// </summary>
internal static class LoginCommand
{
    public static Command Create()
    {
        var domain = new Argument<string>("domain") { Description = "The site, e.g. example.com (a login script in the library must cover it)." };
        var given = new Option<string[]>("--credential") { Description = "NAME=VALUE for one of the login script's credentials (repeatable); missing ones are asked for on the terminal." };
        var noLogin = new Option<bool>("--no-login") { Description = "Only keep the credentials; do not log in now." };
        var command = new Command("login", "Keep credentials for the login script that covers a domain (with the network state, never printed) and log in.") { domain, given, noLogin };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var site = HydrusDomains.WithoutWww(parseResult.GetValue(domain)!.Trim().ToLowerInvariant());
            await using var opened = session.Open(parseResult, error);
            var script = ScriptFor(opened.Library.Downloaders().LoginScripts, site);
            var credentials = Credentials(script, parseResult.GetValue(given) ?? [], error);
            opened.Network.Credentials.Save(site, script.Name, credentials);
            output.WriteLine($"kept {credentials.Count} credential{(credentials.Count == 1 ? "" : "s")} for {site} (login script '{script.Name}') in {opened.Store.Location.DatabasePath}");
            if (parseResult.GetValue(noLogin))
            {
                return 0;
            }

            try
            {
                await opened.Network.LoginAsync(script, site, credentials, cancellationToken);
                output.WriteLine($"logged in to {site}; its session cookies are kept for downloads");
                return 0;
            }
            catch (NetworkException exception)
            {
                error.WriteLine($"error: the credentials are kept, but logging in to {site} failed: {exception.Message}");
                return ExitCodes.Failed;
            }
        }));
        return command;
    }

    private static LoginScript ScriptFor(IReadOnlyList<LoginScript> scripts, string site)
    {
        var covering = scripts.FirstOrDefault(script => script.ExampleDomains.Any(example => Covers(example.Domain, site)));
        if (covering is not null)
        {
            return covering;
        }

        var known = scripts.SelectMany(script => script.ExampleDomains.Select(example => example.Domain)).Distinct().ToList();
        var close = EditDistance.Closest(site, known, 1);
        throw new DownloadException($"no login script in the library covers {site}"
            + (close.Count > 0 ? $"; did you mean {close[0]}?" : known.Count > 0 ? $"; login scripts cover {string.Join(", ", known)}" : "; import one with `hydra downloaders import`"));
    }

    private static bool Covers(string exampleDomain, string site)
    {
        var example = HydrusDomains.WithoutWww(exampleDomain.ToLowerInvariant());
        return site == example || site.EndsWith("." + example, StringComparison.Ordinal);
    }

    /// <summary>Every credential the script defines: from --credential, else asked for without echo; never printed.</summary>
    private static Dictionary<string, string> Credentials(LoginScript script, IEnumerable<string> given, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in given)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new DownloadException($"--credential takes NAME=VALUE (got something without '='); the script's credentials are: {Names(script)}");
            }

            var name = pair[..equals];
            if (script.CredentialDefinitions.All(definition => definition.Name != name))
            {
                throw new DownloadException($"login script '{script.Name}' has no credential '{name}'; it has: {Names(script)}");
            }

            values[name] = pair[(equals + 1)..];
        }

        foreach (var definition in script.CredentialDefinitions.Where(definition => !values.ContainsKey(definition.Name)))
        {
            if (Console.IsInputRedirected)
            {
                throw new DownloadException($"login script '{script.Name}' needs '{definition.Name}'; give it with --credential \"{definition.Name}=…\" (no terminal to ask on)");
            }

            error.Write($"{definition.Name}: ");
            values[definition.Name] = ReadHidden();
            error.WriteLine();
        }

        return values;
    }

    private static string Names(LoginScript script) => string.Join(", ", script.CredentialDefinitions.Select(definition => $"'{definition.Name}'"));

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        return text.ToString();
    }
}
