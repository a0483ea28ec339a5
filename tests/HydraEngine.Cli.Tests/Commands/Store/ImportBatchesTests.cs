using HydraEngine.Cli.Commands.Store;
using Shouldly;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>Issue 17: <c>hydra import</c> groups small files into batches of up to 64 (one sync each) and cuts a batch before it passes 64 MiB.</summary>
public sealed class ImportBatchesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-import-batches-").FullName;

    [Fact]
    public void Small_files_go_in_batches_of_at_most_64()
    {
        var paths = Files(150, size: 10);

        ImportBatches.Of(paths).Select(batch => batch.Count).ShouldBe([64, 64, 22]);
    }

    [Fact]
    public void A_batch_is_cut_before_its_bytes_pass_the_limit()
    {
        var paths = Files(5, size: 400);

        ImportBatches.Of(paths, maxBytes: 1_000).Select(batch => batch.Count).ShouldBe([2, 2, 1]);
    }

    [Fact]
    public void A_file_bigger_than_the_limit_is_a_batch_alone_and_every_path_is_kept_in_order()
    {
        var paths = Files(3, size: 50).Append(Path.Combine(folder, "missing.png")).ToList();
        File.WriteAllBytes(paths[1], new byte[5_000]);

        var batches = ImportBatches.Of(paths, maxBytes: 1_000).ToList();

        batches.Select(batch => batch.Count).ShouldBe([1, 1, 2]);
        batches.SelectMany(batch => batch).ShouldBe(paths);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private List<string> Files(int count, int size) => Enumerable.Range(0, count).Select(index =>
    {
        var path = Path.Combine(folder, $"{index:000}.png");
        File.WriteAllBytes(path, new byte[size]);
        return path;
    }).ToList();
}
