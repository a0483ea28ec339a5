using System.Net;
using System.Net.Sockets;
using HydraEngine.Host.Maintenance;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Host.Tests.Maintenance;

public sealed class RepositorySyncJobTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-repo-job-").FullName;

    [Fact]
    public async Task Given_an_unreachable_repository_with_kept_update_files_when_maintenance_runs_then_the_failure_is_reported_and_the_files_are_still_processed()
    {
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")));
        var repository = engine.Store.Repositories.Add("offline", "127.0.0.1", ClosedPort(), new byte[32]);
        var file = FileHash.Of("a file"u8);
        Keep(engine, repository, UpdateFileWriter.Write(new DefinitionsUpdate([(1, file)], [(1, "blue sky")])), FileMime.HydrusUpdateDefinitions);
        Keep(engine, repository, UpdateFileWriter.Write(new ContentUpdate([new RepositoryMappingRow(1, [1])], [], new Dictionary<RepositoryContentType, PairChanges>(), 0)), FileMime.HydrusUpdateContent);
        var job = new RepositorySyncJob();

        var first = job.RunSlice(engine, CancellationToken.None);
        var slices = 1;
        while (job.RunSlice(engine, CancellationToken.None).MoreToDo && slices < 20)
        {
            slices++;
        }

        first.Report!.ShouldContain("cannot reach");
        engine.Store.Repositories.Get("offline").LastError!.ShouldContain("cannot reach");
        engine.Store.TagsOf(file).Single().StorageTags.ShouldBe(["blue sky"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void Keep(HydraEngineInstance engine, RepositoryService repository, byte[] bytes, FileMime mime)
    {
        engine.Store.Repositories.RegisterUpdates(repository, [(0, FileHash.Of(bytes))]);
        engine.Store.Repositories.StoreUpdateFile(repository, FileHash.Of(bytes), bytes, mime);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
