using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Repositories.Protocol;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos add NAME --host H --port P (--access-key HEX | --registration-token HEX)</c>.</summary>
internal static class ReposAddCommand
{
    public static Command Create()
    {
        var name = ReposCommandRunner.NameArgument();
        var host = new Option<string>("--host") { Description = "The server's host name or address.", Required = true };
        var port = new Option<int>("--port") { Description = "The repository service's port.", Required = true };
        var accessKey = new Option<string?>("--access-key") { Description = "Your access key (64 hex digits)." };
        var token = new Option<string?>("--registration-token") { Description = "A registration token (key) from the server's administrator; it is turned into an access key once." };
        var command = new Command("add", "Add a tag repository: its address and an access key (or a registration token turned into one).") { name, host, port, accessKey, token };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => ReposCommandRunner.RunAsync(parseResult, store, async opened =>
        {
            var (keyText, tokenText) = (parseResult.GetValue(accessKey), parseResult.GetValue(token));
            if ((keyText is null) == (tokenText is null))
            {
                await Console.Error.WriteLineAsync("error: give either --access-key or --registration-token").ConfigureAwait(false);
                return CommandFailures.Failed;
            }

            var (hostText, portNumber) = (parseResult.GetValue(host)!, parseResult.GetValue(port));
            byte[] key;
            if (keyText is not null)
            {
                key = Hex.Decode(keyText, "--access-key");
            }
            else
            {
                using var connection = new RepositoryConnection(hostText, portNumber, opened.Repositories.Clock);
                key = await RepositoryClient.AccessKeyFromRegistrationAsync(connection, Hex.Decode(tokenText!, "--registration-token"), cancellationToken).ConfigureAwait(false);
                Console.Out.WriteLine($"access key: {Convert.ToHexStringLower(key)} (keep it: the token cannot be used again)");
            }

            var repository = opened.Repositories.Add(parseResult.GetValue(name)!, hostText, portNumber, key);
            Console.Out.WriteLine($"added '{repository.Name}' ({repository.Host}:{repository.Port}); run 'hydra repos sync \"{repository.Name}\"' to download and process its updates.");
            return 0;
        }, StoreAccess.Writes));
        return command;
    }
}
