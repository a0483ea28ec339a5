using HydraEngine.Cli.Commands.Repos;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Tests.Commands.Repos;

/// <summary><c>hydra repos status --json</c> is an interface: its fields keep their names.</summary>
public sealed class ReposStatusCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-repos-cli-").FullName;

    [Fact]
    public void The_json_status_of_a_new_repository_names_every_field_and_counts_pending_tags()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Path.Combine(folder, "hydra.db")));
        var repository = store.Repositories.Add("ptr", "ptr.example", 45871, new byte[32]);
        store.AddTags([FileHash.Of("a file"u8)], ["blue sky", "cloud"], "ptr");

        var json = ReposStatusCommand.Json(store.Repositories.Get("ptr"), store.Repositories.Progress(repository), store.Repositories.Pending(repository).Count, null);

        json.Select(pair => pair.Key).ShouldBe([
            "name", "host", "port", "paused", "content_types", "updates_known", "updates_downloaded", "units_total", "units_processed", "units_left",
            "rows_processed", "rows_per_second", "mappings", "siblings", "parents", "pending", "next_update_due", "account_type", "permissions", "last_error"]);
        json["pending"]!.GetValue<int>().ShouldBe(2);
        json["mappings"]!.GetValue<long>().ShouldBe(0);
        json["content_types"]!.AsArray().Select(type => type!.GetValue<string>()).ShouldBe(["mappings", "siblings", "parents"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
