using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileLayoutTests
{
    [Fact]
    public void Given_a_hash_then_its_path_is_two_levels_of_hex_prefix_plus_extension()
    {
        var layout = new FileLayout(new StoreLocation("/store/hydra.db"));
        var hash = FileHash.Parse("abcdef" + new string('0', 58));

        layout.PathOf(hash, FileMime.ImageJpeg).ShouldBe($"/store/files/ab/cd/{hash.ToHex()}.jpg");
    }
}
