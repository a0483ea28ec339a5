using System.CommandLine;
using System.Net;
using HydraEngine.ClientApi;
using HydraEngine.ClientApi.Serving;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Host.Maintenance;
using HydraEngine.Host.Serving;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Serve;

/// <summary>
/// <c>hydra serve [--db PATH] [--port|--api-port N] [--bind|--api-bind ADDR] [--maintenance idle|shutdown|never] [--api-cors] [--api-https] [--auto-resolve RULE]...</c>:
/// one long-running process per store, serving the hydrus Client API. Exit codes: 0 stopped cleanly, 1 could not start (bad option, store busy, port taken).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "--api-port") { Description = $"The port to listen on (default {ServeOptions.DefaultPort}, hydrus's Client API port; 0 picks a free one).", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var bind = new Option<string>("--bind", "--api-bind") { Description = "The address to listen on (default 127.0.0.1: this machine only).", DefaultValueFactory = _ => IPAddress.Loopback.ToString() };
        var maintenance = new Option<MaintenanceMode>("--maintenance") { Description = "When maintenance runs: idle (default: while no download or request is active), shutdown, never.", DefaultValueFactory = _ => MaintenanceMode.Idle };
        var cors = new Option<bool>("--api-cors") { Description = "Answer browsers from any origin (CORS), as hydrus's \"support CORS\"; off by default." };
        var https = new Option<bool>("--api-https") { Description = "Serve https with a self-signed certificate made on first use (client-api/client.pfx beside the store; replace it with your own)." };
        var autoResolve = new Option<string[]>("--auto-resolve") { Description = $"Run a duplicates auto-resolution rule as maintenance (off unless named; repeatable): {string.Join(", ", HydraStore.AutoResolutionRuleNames.Keys)}.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Run the engine as a service: downloads run continuously (subscriptions, watchers, queued URLs), HTTP endpoints on one server, GET /health; Ctrl-C or SIGTERM stops it cleanly.")
        {
            port, bind, maintenance, cors, https, autoResolve,
        };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!IPAddress.TryParse(parseResult.GetValue(bind), out var address) || parseResult.GetValue(port) is < 0 or > 65535)
            {
                await error.WriteLineAsync("error: --bind takes an IP address (e.g. 127.0.0.1) and --port a number from 0 to 65535");
                return 1;
            }

            var rules = parseResult.GetValue(autoResolve) ?? [];
            if (rules.FirstOrDefault(rule => !HydraStore.AutoResolutionRuleNames.ContainsKey(rule)) is { } unknown)
            {
                await error.WriteLineAsync($"error: unknown auto-resolution rule '{unknown}': known are {string.Join(", ", HydraStore.AutoResolutionRuleNames.Keys)}");
                return 1;
            }

            return await Downloads.DownloadCommandRunner.RunAsync(error, async () =>
            {
                var engineOptions = store.EngineOptions(parseResult, error);
                var clientApi = new ClientApiOptions { Cors = parseResult.GetValue(cors), AllowNonLocal = !IPAddress.IsLoopback(address) };
                var apiFolder = Path.Combine(engineOptions.Store.RootFolder, "client-api");
                var options = new ServeOptions(engineOptions)
                {
                    Port = parseResult.GetValue(port),
                    Bind = address,
                    Maintenance = parseResult.GetValue(maintenance),
                    MaintenanceJobs = MaintenanceJobs.Default
                        .With(() => ClientApiModule.Thumbnails(engineOptions.Store.RootFolder, clientApi))
                        .With(() => new AutoResolutionJob(rules)),
                    Certificate = parseResult.GetValue(https) ? SelfSignedCertificate.LoadOrCreate(apiFolder) : null,
                };
                await using var server = HydraServer.Create(options, ServeModules.All(clientApi));
                await server.RunAsync(cancellationToken);
                return Environment.ExitCode;
            });
        });
        return command;
    }
}
