using Dapper;
using HydraEngine.Library.Storage;
using HydraEngine.Library.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Tests.Storage;

public sealed class LibraryDatabaseTests
{
    [Fact]
    public void Opening_creates_only_library_prefixed_tables_beside_the_shared_version_table()
    {
        using var temp = new TempLibrary();
        using var connection = Connect(temp.DatabasePath);
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'schema_versions'").ToList();
        tables.ShouldAllBe(table => table.StartsWith("library_", StringComparison.Ordinal));
        tables.ShouldContain("library_versions");
    }

    [Fact]
    public void The_database_is_in_wal_mode()
    {
        using var temp = new TempLibrary();
        using var connection = Connect(temp.DatabasePath);
        connection.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void Reopening_does_not_run_migrations_again()
    {
        using var temp = new TempLibrary();
        temp.Reopen();
        temp.Reopen();
        using var connection = Connect(temp.DatabasePath);
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_versions WHERE component = 'library'").ShouldBe(LibrarySchema.Migrations.Count);
    }

    [Fact]
    public void Other_tables_in_the_same_file_are_left_alone()
    {
        using var temp = new TempLibrary();
        using (var connection = Connect(temp.DatabasePath))
        {
            connection.Execute("CREATE TABLE files (hash TEXT); INSERT INTO files VALUES ('abc')");
        }

        temp.Reopen().ImportDemo();
        using var after = Connect(temp.DatabasePath);
        after.Query<string>("SELECT hash FROM files").ShouldBe(["abc"]);
    }

    [Fact]
    public void A_newer_library_schema_is_refused_with_a_message()
    {
        using var temp = new TempLibrary();
        temp.Library.Dispose();
        using (var connection = Connect(temp.DatabasePath))
        {
            connection.Execute("INSERT INTO schema_versions VALUES ('library', 99, 'future', 0)");
        }

        Should.Throw<LibraryException>(() => DownloaderLibrary.Open(temp.DatabasePath).Dispose()).Message.ShouldContain("newer than this program knows");
    }

    [Theory]
    [InlineData("/data", "/home/u", "/data/hydra")]
    [InlineData("", "/home/u", "/home/u/.local/share/hydra")]
    [InlineData("relative/path", "/home/u", "/home/u/.local/share/hydra")]
    public void The_default_folder_follows_the_xdg_rule(string xdg, string home, string expected) =>
        LibraryLocation.DefaultDataFolder(xdg, home).ShouldBe(expected);

    [Fact]
    public void A_folder_given_as_the_database_is_refused()
    {
        using var temp = new TempLibrary();
        Should.Throw<LibraryException>(() => LibraryLocation.Resolve(temp.Folder)).Message.ShouldContain("is a folder");
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
