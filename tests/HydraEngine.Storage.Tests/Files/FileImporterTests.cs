using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class FileImporterTests
{
    [Fact]
    public void GivenANewFile_WhenImported_ThenItsBytesAreStoredUnderTheHashPath()
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
    public void GivenANewFile_WhenImported_ThenItsMetadataIsRecorded()
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
    public void GivenAnImport_ThenNoTemporaryFileIsLeft()
    {
        using var temp = new TempStore();

        temp.ImportPng();

        Directory.EnumerateFiles(temp.Location.TempFolder).ShouldBeEmpty();
    }

    [Fact]
    public void GivenAFileAlreadyStored_WhenImportedAgain_ThenItIsAlreadyInDb()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Import(source);

        var again = temp.Store.Import(source);

        again.Status.ShouldBe(ImportStatus.AlreadyInDb);
        again.StatusText.ShouldBe("already in db");
    }

    [Fact]
    public void GivenAFileAlreadyStored_WhenImportedAgainWithTags_ThenTheTagsAreStillAdded()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Import(source);

        var again = temp.Store.Import(source, new ImportOptions { Tags = ["later tag"] });

        temp.Store.TagsOf(again.Hash).Single().StorageTags.ShouldBe(["later tag"]);
    }

    [Fact]
    public void GivenAZeroByteFile_WhenImported_ThenTheErrorSaysEmptyAndTheStoreIsUnchanged()
    {
        using var temp = new TempStore();
        var source = temp.WriteInput([]);

        var error = Should.Throw<StoreException>(() => temp.Store.Import(source));

        error.Message.ShouldContain("empty (zero bytes)");
        temp.StoreFiles().ShouldBeEmpty();
        temp.Store.Search("system:everything").Count.ShouldBe(0);
    }

    [Fact]
    public void GivenAMissingFile_WhenImported_ThenTheErrorNamesIt()
    {
        using var temp = new TempStore();
        var missing = Path.Combine(temp.InputFolder, "nope.png");

        Should.Throw<StoreException>(() => temp.Store.Import(missing)).Message.ShouldBe($"cannot import '{missing}': no such file");
        temp.StoreFiles().ShouldBeEmpty();
    }

    [Fact]
    public void GivenAnUnreadableFile_WhenImported_ThenTheErrorSaysPermissionDenied()
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
    public void GivenAFileThatFailsWhileBeingRead_WhenImported_ThenTheErrorCarriesTheReasonAndNoTempFileIsLeft()
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
    public void GivenAFolder_WhenImported_ThenTheErrorSaysItIsAFolder()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Import(temp.InputFolder)).Message.ShouldContain("it is a folder");
    }

    [Fact]
    public void GivenAnUnsupportedFile_WhenImported_ThenTheErrorSaysSoAndTheStoreIsUnchanged()
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
    public void GivenATagThatCleansToNothing_WhenImported_ThenTheErrorNamesItAndTheStoreIsUnchanged(string tag)
    {
        using var temp = new TempStore();
        var source = temp.WritePng();

        Should.Throw<StoreException>(() => temp.Store.Import(source, new ImportOptions { Tags = ["fine", tag] }))
            .Message.ShouldContain("is empty once cleaned");
        temp.StoreFiles().ShouldBeEmpty();
        temp.Store.GetFile(FileHash.Of(File.ReadAllBytes(source))).ShouldBeNull();
    }

    [Fact]
    public void GivenAnUnknownFileDomain_WhenImported_ThenTheErrorListsTheKnownOnes()
    {
        using var temp = new TempStore();

        Should.Throw<StoreException>(() => temp.Store.Import(temp.WritePng(), new ImportOptions { FileDomain = "nowhere" }))
            .Message.ShouldContain("'my files'");
    }

    [Fact]
    public void GivenAUserFileDomain_WhenImportedIntoIt_ThenTheFileIsCurrentThere()
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
