using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tests.Database;

public sealed class StoreLocationTests
{
    [Fact]
    public void Given_xdg_data_home_then_the_default_store_lives_under_it() =>
        StoreLocation.DefaultDataFolder("/data/xdg", "/home/u").ShouldBe(Path.Combine("/data/xdg", "hydra"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/path")]
    public void Given_no_usable_xdg_data_home_then_the_default_is_under_local_share(string? xdg) =>
        StoreLocation.DefaultDataFolder(xdg, "/home/u").ShouldBe(Path.Combine("/home/u", ".local", "share", "hydra"));

    [Fact]
    public void Given_a_db_path_then_the_files_folder_is_beside_it()
    {
        var location = StoreLocation.FromOption("/srv/stores/main.db");

        location.DatabasePath.ShouldBe("/srv/stores/main.db");
        location.FilesFolder.ShouldBe("/srv/stores/files");
    }

    [Fact]
    public void Given_a_folder_as_db_path_then_the_error_says_to_name_the_file()
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
