using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class HashLookupTests
{
    [Theory]
    [InlineData("sha256")]
    [InlineData("md5")]
    [InlineData("sha1")]
    [InlineData("sha512")]
    public void Given_an_imported_file_when_looked_up_by_hex_then_it_is_already_in_db(string hashType)
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;

        var lookup = temp.Store.LookupHash(hashType, SourceHashes.Hex(hashType, source));

        lookup.Hash.ShouldBe(hash);
        lookup.AlreadyInDb.ShouldBeTrue();
        lookup.PreviouslyDeleted.ShouldBeFalse();
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("md5")]
    [InlineData("sha1")]
    [InlineData("sha512")]
    public void Given_an_imported_file_when_looked_up_by_bytes_then_it_is_already_in_db(string hashType)
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;

        temp.Store.LookupHash(hashType, SourceHashes.Bytes(hashType, source)).Hash.ShouldBe(hash);
    }

    [Fact]
    public void Given_upper_case_type_and_hex_when_looked_up_then_they_match_and_come_back_lower_case()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Import(source);
        var hex = SourceHashes.Hex("md5", source);

        var lookup = temp.Store.LookupHash(" MD5 ", $" {hex.ToUpperInvariant()} ");

        lookup.AlreadyInDb.ShouldBeTrue();
        (lookup.HashType, lookup.Value).ShouldBe(("md5", hex));
    }

    [Fact]
    public void Given_a_hash_the_store_never_saw_when_looked_up_then_nothing_is_known()
    {
        using var temp = new TempStore();
        temp.ImportPng();

        var lookup = temp.Store.LookupHash("md5", new string('a', 32));

        lookup.Hash.ShouldBeNull();
        lookup.Status.ShouldBe(FileStatus.NotInStore);
        lookup.AlreadyInDb.ShouldBeFalse();
        lookup.PreviouslyDeleted.ShouldBeFalse();
    }

    [Fact]
    public void Given_a_permanently_deleted_file_when_looked_up_by_md5_then_it_is_previously_deleted()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        var hash = temp.Store.Import(source).Hash;
        temp.Store.Delete([hash], new DeleteOptions(Permanent: true));

        var lookup = temp.Store.LookupHash("md5", SourceHashes.Hex("md5", source));

        lookup.Hash.ShouldBe(hash);
        lookup.Status.ShouldBe(FileStatus.Deleted);
        lookup.PreviouslyDeleted.ShouldBeTrue();
        lookup.AlreadyInDb.ShouldBeFalse();
    }

    [Fact]
    public void Given_a_trashed_file_when_looked_up_by_sha1_then_it_is_previously_deleted()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();
        temp.Store.Delete([temp.Store.Import(source).Hash]);

        temp.Store.LookupHash("sha1", SourceHashes.Hex("sha1", source)).PreviouslyDeleted.ShouldBeTrue();
    }

    [Fact]
    public void Given_an_imported_file_then_its_report_shows_its_other_hashes()
    {
        using var temp = new TempStore();
        var source = temp.WritePng();

        var report = temp.Store.GetFile(temp.Store.Import(source).Hash)!;

        report.LocalHashes.ShouldBe(new LocalHashes(SourceHashes.Hex("md5", source), SourceHashes.Hex("sha1", source), SourceHashes.Hex("sha512", source)));
    }
}
