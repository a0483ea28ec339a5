using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tests.Database;

public sealed class StoreLocationTests
{
    [Fact]
    public void GivenXdgDataHome_ThenTheDefaultStoreLivesUnderIt() =>
        StoreLocation.DefaultDataFolder("/data/xdg", "/home/u").ShouldBe(Path.Combine("/data/xdg", "hydra"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/path")]
    public void GivenNoUsableXdgDataHome_ThenTheDefaultIsUnderLocalShare(string? xdg) =>
        StoreLocation.DefaultDataFolder(xdg, "/home/u").ShouldBe(Path.Combine("/home/u", ".local", "share", "hydra"));

    [Fact]
    public void GivenADbPath_ThenTheFilesFolderIsBesideIt()
    {
        var location = StoreLocation.FromOption("/srv/stores/main.db");

        location.DatabasePath.ShouldBe("/srv/stores/main.db");
        location.FilesFolder.ShouldBe("/srv/stores/files");
    }

    [Fact]
    public void GivenAFolderAsDbPath_ThenTheErrorSaysToNameTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("hydra-location").FullName;
        try
        {
            Should.Throw<StoreException>(() => new StoreLocation(folder)).Message.ShouldContain("is a folder");
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
