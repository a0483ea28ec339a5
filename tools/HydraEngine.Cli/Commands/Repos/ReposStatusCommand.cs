using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Repositories.Protocol;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos status NAME [--json]</c>: downloads, processing, speed, what remains, account, pending uploads.</summary>
internal static class ReposStatusCommand
{
    public static Command Create()
    {
        var name = ReposCommandRunner.NameArgument();
        var json = new Option<bool>("--json")
        {
            Description = "One JSON line: {\"name\",\"host\",\"port\",\"paused\",\"content_types\",\"updates_known\",\"updates_downloaded\",\"units_total\",\"units_processed\",\"units_left\",\"rows_processed\",\"rows_per_second\",\"mappings\",\"siblings\",\"parents\",\"pending\",\"next_update_due\",\"account_type\",\"permissions\",\"last_error\"}.",
        };
        var command = new Command("status", "Show a repository: update files downloaded and processed, rows per second, what remains, the account and its permissions, pending uploads.") { name, json };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, _) => ReposCommandRunner.RunAsync(parseResult, store, opened =>
        {
            var repository = opened.Repositories.Get(parseResult.GetValue(name)!);
            var progress = opened.Repositories.Progress(repository);
            var pending = opened.Repositories.Pending(repository).Count;
            var account = repository.Account is { } text ? RepositoryAccount.Parse(JsonNode.Parse(text)!) : null;
            var status = Json(repository, progress, pending, account);
            Console.Out.WriteLine(parseResult.GetValue(json) ? DownloadJson.Text(status) : Text(repository, progress, pending, account));
            return Task.FromResult(0);
        }));
        return command;
    }

    internal static JsonObject Json(RepositoryService repository, RepositoryProgress progress, int pending, RepositoryAccount? account) => new()
    {
        ["name"] = repository.Name,
        ["host"] = repository.Host,
        ["port"] = repository.Port,
        ["paused"] = repository.Paused,
        ["content_types"] = new JsonArray([.. repository.ContentTypes.Order().Select(type => (JsonNode)Describe(type))]),
        ["updates_known"] = progress.UpdatesKnown,
        ["updates_downloaded"] = progress.UpdatesDownloaded,
        ["units_total"] = progress.WorkItemsTotal,
        ["units_processed"] = progress.WorkItemsProcessed,
        ["units_left"] = progress.WorkItemsTotal - progress.WorkItemsProcessed,
        ["rows_processed"] = progress.RowsProcessed,
        ["rows_per_second"] = Math.Round(progress.RowsPerSecond),
        ["mappings"] = progress.Content.Mappings,
        ["siblings"] = progress.Content.Siblings,
        ["parents"] = progress.Content.Parents,
        ["pending"] = pending,
        ["next_update_due"] = repository.NextUpdateDue,
        ["account_type"] = account?.AccountType,
        ["permissions"] = new JsonArray([.. (account?.Permissions ?? []).Select(permission => (JsonNode)permission.ToString())]),
        ["last_error"] = repository.LastError,
    };

    private static string Text(RepositoryService repository, RepositoryProgress progress, int pending, RepositoryAccount? account)
    {
        var due = repository.NextUpdateDue == 0 ? "unknown (never synchronised)" : DateTimeOffset.FromUnixTimeSeconds(repository.NextUpdateDue).ToString("u", CultureInfo.InvariantCulture);
        return string.Join('\n', new[]
        {
            $"{repository.Name} — {repository.Host}:{repository.Port}{(repository.Paused ? " — PAUSED" : "")}",
            $"  content processed: {string.Join(", ", repository.ContentTypes.Order().Select(Describe))}",
            $"  update files: {progress.UpdatesDownloaded} of {progress.UpdatesKnown} downloaded; next update due {due}",
            string.Create(CultureInfo.InvariantCulture, $"  processing: {progress.WorkItemsProcessed} of {progress.WorkItemsTotal} units done, {progress.WorkItemsTotal - progress.WorkItemsProcessed} left; {progress.RowsProcessed:N0} rows at {progress.RowsPerSecond:N0} rows/s"),
            string.Create(CultureInfo.InvariantCulture, $"  in the store: {progress.Content.Mappings:N0} mappings, {progress.Content.Siblings:N0} siblings, {progress.Content.Parents:N0} parents"),
            $"  pending uploads: {pending}{(pending > 0 ? " (send them with 'hydra repos commit')" : "")}",
            account is null ? "  account: not fetched yet (sync first)" : $"  account: {account.AccountType}; may {string.Join(", ", account.Permissions)}",
            repository.LastError is { } error ? $"  last error: {error}" : "",
        }.Where(line => line.Length > 0));
    }

    internal static string Describe(RepositoryContentType type) => type switch
    {
        RepositoryContentType.Mappings => "mappings",
        RepositoryContentType.TagSiblings => "siblings",
        RepositoryContentType.TagParents => "parents",
        RepositoryContentType.Files => "files",
        _ => "definitions",
    };
}
