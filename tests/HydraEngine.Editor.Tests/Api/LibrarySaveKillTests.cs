using System.Text;
using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;
using HydraEngine.Library;
using HydraEngine.Testing;

namespace HydraEngine.Editor.Tests.Api;

/// <summary>
/// A <c>hydra serve</c> killed (SIGKILL) while the editor saves leaves the library with the old or the new version of
/// the parser and its test pack, never half of them.
/// </summary>
public sealed class LibrarySaveKillTests
{
    private const int TestsPerPack = 12;

    [Fact]
    public async Task A_server_killed_mid_save_leaves_a_whole_version()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("hydra.db");
        var random = new Random(16);
        for (var round = 0; round < 3; round++)
        {
            var (serve, address) = await ServeProcess.StartAsync(database);
            using (serve)
            {
                using var client = new HttpClient { BaseAddress = new Uri(address, "/editor/api/") };
                using var stop = new CancellationTokenSource();
                var saving = SaveUntilStopped(client, round, stop.Token);
                await Task.Delay(random.Next(1500, 3000));
                serve.Kill();
                await stop.CancelAsync();
                await saving;
            }

            using var library = DownloaderLibrary.Open(database);
            library.Check().ShouldBeEmpty();
            if (library.List(LibraryKind.Parser).Count == 0)
            {
                continue;
            }

            var current = library.Get(Fixtures.ParserName, LibraryKind.Parser);
            var edit = HydraEngine.Definitions.Native.NativeDefinitionWriter.ToJson(current.Definition);
            edit.ShouldContain("saved in round ");
            library.Tests(Fixtures.ParserName).Count.ShouldBe(TestsPerPack);
            library.History(Fixtures.ParserName, LibraryKind.Parser).Count.ShouldBe(current.Version);
        }

        using var saved = DownloaderLibrary.Open(database);
        saved.History(Fixtures.ParserName, LibraryKind.Parser).Count.ShouldBeGreaterThan(1, "the rounds saved versions before each kill");
    }

    private static async Task SaveUntilStopped(HttpClient client, int round, CancellationToken stop)
    {
        for (var save = 0; !stop.IsCancellationRequested; save++)
        {
            var parser = Fixtures.PostParser;
            parser["content_parsers"]![0]!["name"] = $"saved in round {round}, save {save}";
            var tests = new JsonArray(Enumerable.Range(0, TestsPerPack).Select(i => (JsonNode)new JsonObject
            {
                ["parser"] = Fixtures.ParserName,
                ["url"] = Fixtures.PostUrl,
                ["document"] = Fixtures.PostPage + new string(' ', 20_000 + i),
                ["expected"] = new JsonObject { ["parser"] = Fixtures.ParserName, ["url"] = Fixtures.PostUrl, ["posts"] = new JsonArray(), ["error"] = null },
            }).ToArray());
            try
            {
                using var response = await client.PostAsync("library/save", new StringContent(new JsonObject { ["definition"] = parser, ["test_packs"] = tests }.ToJsonString(), Encoding.UTF8, "application/json"), stop);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                return;
            }
        }
    }
}
