using HydraEngine.Host.Maintenance;
using HydraEngine.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Host.Tests.Maintenance;

public sealed class MaintenanceRunnerTests
{
    [Fact]
    public async Task Given_files_whose_metadata_was_lost_when_a_round_of_maintenance_runs_then_their_width_and_height_are_read_again()
    {
        using var release = new ReleaseStore();
        using (var connection = new SqliteConnection($"Data Source={release.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE files_info SET width = NULL, height = NULL";
            command.ExecuteNonQuery().ShouldBe(ReleaseStore.Files);
        }

        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath));
        var runner = new MaintenanceRunner(engine, MaintenanceJobs.Default.Create());
        runner.StartRound();
        var slices = 0;
        while (runner.RunSlice(CancellationToken.None))
        {
            slices++;
        }

        slices.ShouldBeGreaterThan(MaintenanceJobs.Default.Create().Count, "each job works in bounded slices");
        var media = engine.Store.Search("system:everything").Hashes.Select(hash => engine.Store.GetFile(hash)!.Metadata!.Media).ToList();
        media.ShouldAllBe(facts => facts.Width != null && facts.Height != null);
    }

    [Fact]
    public async Task Given_a_stored_file_deleted_from_disk_when_files_are_checked_in_slices_then_the_walk_reports_it_missing()
    {
        using var release = new ReleaseStore();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath));
        var victim = engine.Store.GetFile(engine.Store.Search("system:everything").Hashes[0])!;
        File.Delete(victim.Path!);

        var problems = new List<string>();
        var cursor = 0L;
        do
        {
            var slice = engine.Store.CheckFiles(cursor, 10);
            problems.AddRange(slice.Problems.Select(problem => problem.Hash.ToHex()));
            cursor = slice.NextHashId;
        }
        while (cursor != 0);

        problems.ShouldBe([victim.Hash.ToHex()]);
    }

    [Fact]
    public async Task Given_a_table_that_grew_since_its_statistics_when_analyze_runs_then_it_is_analysed_once_and_not_again()
    {
        using var release = new ReleaseStore();
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(release.DatabasePath));

        engine.Store.AnalyzeIfChanged("current_mappings", minimumRows: 10).ShouldBeTrue();
        engine.Store.AnalyzeIfChanged("current_mappings", minimumRows: 10).ShouldBeFalse();
    }
}
