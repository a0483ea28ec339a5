using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileLayoutTests
{
    [Fact]
    public void GivenAHash_ThenItsPathIsTwoLevelsOfHexPrefixPlusExtension()
    {
        var layout = new FileLayout(new StoreLocation("/store/hydra.db"));
        var hash = FileHash.Parse("abcdef" + new string('0', 58));

        layout.PathOf(hash, FileMime.ImageJpeg).ShouldBe($"/store/files/ab/cd/{hash.ToHex()}.jpg");
    }
}
