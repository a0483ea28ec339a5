using System.CommandLine;
using System.Text.Json;
using HydraEngine.ClientApi.Access;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Commands.Api;

/// <summary>
/// <c>hydra api keys add NAME [--permissions LIST | --all] | list [--json] | revoke NAME | approve NAME</c>: the Client
/// API's access keys, kept hashed in the store's database (a new key is printed once, never again). Exit codes:
/// 0 done, 1 error (unknown permission, taken or unknown name).
/// </summary>
public static class ApiKeyCommands
{
    public static Command Create()
    {
        var database = new Option<string?>("--db") { Description = "The store's database file (default: $XDG_DATA_HOME/hydra/hydra.db).", Recursive = true };
        var keys = new Command("keys", "Access keys for the Client API: add, list, revoke, approve.");
        keys.Subcommands.Add(Add(database));
        keys.Subcommands.Add(List(database));
        keys.Subcommands.Add(ByName(database, "revoke", "Delete a key (its sessions end with it).", (store, name) => store.Revoke(name)));
        keys.Subcommands.Add(ByName(database, "approve", "Approve a key an application asked for through /request_new_permissions.", (store, name) => store.Approve(name)));
        var api = new Command("api", "The hydrus Client API (served by `hydra serve`).") { database };
        api.Subcommands.Add(keys);
        return api;
    }

    private static Command Add(Option<string?> database)
    {
        var name = new Argument<string>("NAME") { Description = "What the key is for, e.g. \"hydrus companion\"." };
        var permissions = new Option<string?>("--permissions") { Description = "Comma-separated: " + string.Join(", ", PermissionNames.All.Select(PermissionNames.Short)) + " (or hydrus's ids)." };
        var all = new Option<bool>("--all") { Description = "Permit everything, including permissions added later." };
        var command = new Command("add", "Make an access key; it is printed once.") { name, permissions, all };
        command.SetAction(parseResult => Run(parseResult, database, StoreAccess.Writes, (store, output) =>
        {
            var wanted = (parseResult.GetValue(permissions) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => PermissionNames.Parse(text) ?? throw new ArgumentException($"'{text}' is not a permission; known: {string.Join(", ", PermissionNames.All.Select(PermissionNames.Short))}"))
                .ToList();
            var everything = parseResult.GetValue(all);
            if (wanted.Count == 0 && !everything)
            {
                throw new ArgumentException("give --permissions LIST or --all");
            }

            var (key, record) = store.Add(parseResult.GetValue(name)!, wanted, everything);
            output.WriteLine(key);
            output.WriteLine($"{record.HumanDescription}. Keep the key: it is shown only now.");
        }));
        return command;
    }

    private static Command List(Option<string?> database)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object: {\"keys\":[{\"name\",\"permits_everything\",\"basic_permissions\",\"approved\",\"created\"}]}." };
        var command = new Command("list", "Show every key's name and permissions (never the keys themselves).") { json };
        command.SetAction(parseResult => Run(parseResult, database, StoreAccess.Reads, (store, output) =>
        {
            var keys = store.List();
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    keys = keys.Select(key => new { name = key.Name, permits_everything = key.PermitsEverything, basic_permissions = key.Effective.Select(p => (int)p), approved = key.Approved, created = key.Created.ToUnixTimeSeconds() }),
                }));
                return;
            }

            foreach (var key in keys)
            {
                output.WriteLine((key.Approved ? "" : "[awaiting approval] ") + key.HumanDescription);
            }

            if (keys.Count == 0)
            {
                output.WriteLine("no access keys: make one with `hydra api keys add NAME --all`.");
            }
        }));
        return command;
    }

    private static Command ByName(Option<string?> database, string verb, string description, Func<AccessKeyStore, string, bool> act)
    {
        var name = new Argument<string>("NAME");
        var command = new Command(verb, description) { name };
        command.SetAction(parseResult => Run(parseResult, database, StoreAccess.Reads, (store, output) =>
        {
            var keyName = parseResult.GetValue(name)!;
            if (!act(store, keyName))
            {
                throw new ArgumentException($"there is no access key named '{keyName}' (see `hydra api keys list`)");
            }

            output.WriteLine($"{verb}d '{keyName}'");
        }));
        return command;
    }

    private static int Run(ParseResult parseResult, Option<string?> database, StoreAccess access, Action<AccessKeyStore, TextWriter> action)
    {
        try
        {
            var location = StoreLocation.FromOption(parseResult.GetValue(database));
            StorePresence.Check(location.DatabasePath, access, parseResult.InvocationConfiguration.Error);
            Directory.CreateDirectory(location.RootFolder);
            using var store = AccessKeyStore.Open(location.DatabasePath);
            action(store, parseResult.InvocationConfiguration.Output);
            return 0;
        }
        catch (Exception exception) when (exception is ArgumentException or StoreException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }
}
