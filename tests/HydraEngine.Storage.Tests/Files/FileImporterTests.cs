using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileImporterTests
{
    [Fact]
    public void Given_a_new_file_when_imported_then_its_bytes_are_stored_under_the_hash_path()
    {
        using var temp = new TempStore();
        var source = temp.WritePng(64, 32);

        var result = temp.Store.Import(source);

        result.Status.ShouldBe(ImportStatus.Imported);
        result.Hash.ShouldBe(FileHash.Of(File.ReadAllBytes(source)));
        var hex = result.Hash.ToHex();
        var stored = Path.Combine(temp.Location.FilesFolder, hex[..2], hex[2..4], hex + ".png");
        File.ReadAllBytes(stored).ShouldBe(File.ReadAllBytes(source));
    }

    [Fact]
    public void Given_a_new_file_when_imported_then_its_metadata_is_recorded()
    {
        using var temp = new TempStore();
        var source = temp.WritePng(64, 32);

        var report = temp.Store.GetFile(temp.Store.Import(source).Hash)!;

        report.Status.ShouldBe(FileStatus.Current);
        report.Metadata.ShouldBe(new FileMetadata(report.Hash, new FileInfo(source).Length, FileMime.ImagePng, new MediaInfo(64, 32)));
        report.Inbox.ShouldBeTrue();
        report.ImportTime.ShouldBe(temp.Clock.Now);
        report.Current.Select(entry => entry.Service).ShouldBe([ServiceCatalog.AllLocalFiles, ServiceCatalog.AllMyFiles, ServiceCatalog.MyFiles]);
    }

    [Fact]
    public void Given_an_import_then_no_temporary_file_is_left()
    {
        using var temp = new TempStore();

        temp.ImportPng();

        Directory.EnumerateFiles(temp.Location.TempFolder).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_file_already_stored_when_imported_again_then_it_is_already_in_db()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Import(source);

        var again = temp.Store.Import(source);

        again.Status.ShouldBe(ImportStatus.AlreadyInDb);
        again.StatusText.ShouldBe("already in db");
    }

    [Fact]
    public void Given_a_file_already_stored_when_imported_again_with_tags_then_the_tags_are_still_added()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Import(source);

        var again = temp.Store.Import(source, new ImportOptions { Tags = ["later tag"] });

        temp.Store.TagsOf(again.Hash).Single().StorageTags.ShouldBe(["later tag"]);
    }

    [Fact]
    public void Given_a_zero_byte_file_when_imported_then_the_error_says_empty_and_the_store_is_unchanged()
    {
        using var temp = new TempStore();
        var source = temp.WriteInput([]);

        var error = Should.Throw<StoreException>(() => temp.Store.Import(source));

        error.Message.ShouldContain("empty (zero bytes)");
        temp.StoreFiles().ShouldBeEmpty();
        temp.Store.Search("system:everything").Count.ShouldBe(0);
    }

    [Fact]
    public void Given_a_missing_file_when_imported_then_the_error_names_it()
    {
        using var temp = new TempStore();
        var missing = Path.Combine(temp.InputFolder, "nope.png");

        Should.Throw<StoreException>(() => temp.Store.Import(missing)).Message.ShouldBe($"cannot import '{missing}': no such file");
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_an_unreadable_file_when_imported_then_the_error_says_permission_denied()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(source, UnixFileMode.None);
        if (CanRead(source))
        {
            return; // running as root: permissions are not enforced; the read-error test below covers this path
        }

        Should.Throw<StoreException>(() => temp.Store.Import(source)).Message.ShouldContain("permission denied");
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_file_that_fails_while_being_read_when_imported_then_the_error_carries_the_reason_and_no_temp_file_is_left()
    {
        using var temp = new TempStore();
        const string unreadable = "/proc/self/mem"; // opens fine, every read fails with an I/O error
        if (!File.Exists(unreadable))
        {
            return;
        }

        Should.Throw<StoreException>(() => temp.Store.Import(unreadable)).Message.ShouldStartWith($"cannot import '{unreadable}':");
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_folder_when_imported_then_the_error_says_it_is_a_folder()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Import(temp.InputFolder)).Message.ShouldContain("it is a folder");
    }

    [Fact]
    public void Given_an_unsupported_file_when_imported_then_the_error_says_so_and_the_store_is_unchanged()
    {
        using var temp = new TempStore();
        var source = temp.WriteInput("plain text, not media"u8.ToArray(), "txt");

        Should.Throw<StoreException>(() => temp.Store.Import(source)).Message.ShouldContain("unsupported file type");
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(":")]
    [InlineData("character:")]
    public void Given_a_tag_that_cleans_to_nothing_when_imported_then_the_error_names_it_and_the_store_is_unchanged(string tag)
    {
        using var temp = new TempStore();
        var source = temp.WritePng();

        Should.Throw<StoreException>(() => temp.Store.Import(source, new ImportOptions { Tags = ["fine", tag] }))
            .Message.ShouldContain("is empty once cleaned");
        temp.StoreFiles().ShouldBeEmpty();
        temp.Store.GetFile(FileHash.Of(File.ReadAllBytes(source))).ShouldBeNull();
    }

    [Fact]
    public void Given_an_unknown_file_domain_when_imported_then_the_error_lists_the_known_ones()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Import(temp.WritePng(), new ImportOptions { FileDomain = "nowhere" }))
            .Message.ShouldContain("'my files'");
    }

    [Fact]
    public void Given_a_user_file_domain_when_imported_into_it_then_the_file_is_current_there()
    {
        using var temp = new TempStore();
        temp.Store.AddFileDomain("art");

        var hash = temp.ImportPng(new ImportOptions { FileDomain = "art" });

        temp.Store.GetFile(hash)!.Current.Select(entry => entry.Service).ShouldContain("art");
        temp.Store.GetFile(hash)!.Current.Select(entry => entry.Service).ShouldNotContain(ServiceCatalog.MyFiles);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
