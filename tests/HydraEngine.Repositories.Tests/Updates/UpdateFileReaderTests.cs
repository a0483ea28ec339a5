using System.IO.Compression;
using System.Text;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Tests.Updates;

public sealed class UpdateFileReaderTests
{
    private static readonly string HashHex = new('a', 64);

    [Fact]
    public void A_definitions_update_in_hydrus_json_gives_its_hash_and_tag_ids()
    {
        var bytes = Zlib($"[36, 1, [[0, [[7, \"{HashHex}\"]]], [1, [[3, \"character:samus aran\"]]]]]");

        var update = UpdateFileReader.Read(bytes, "test").ShouldBeOfType<DefinitionsUpdate>();

        update.Hashes.ShouldBe([(7L, FileHash.Parse(HashHex))]);
        update.Tags.ShouldBe([(3L, "character:samus aran")]);
    }

    [Fact]
    public void A_content_update_in_hydrus_json_gives_added_and_deleted_rows_per_content_type()
    {
        var bytes = Zlib("[34, 1, [[0, [[0, [[3, [7, 8]]]], [1, [[4, [9]]]]]], [1, [[0, [[3, 4]]]]], [2, [[1, [[5, 6]]]]]]]");

        var update = UpdateFileReader.Read(bytes, "test").ShouldBeOfType<ContentUpdate>();

        update.AddedMappings.Single().ServiceHashIds.ShouldBe([7L, 8L]);
        update.DeletedMappings.Single().ServiceTagId.ShouldBe(4);
        update.PairsOf(RepositoryContentType.TagSiblings).Added.ShouldBe([(3L, 4L)]);
        update.PairsOf(RepositoryContentType.TagParents).Deleted.ShouldBe([(5L, 6L)]);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var original = new ContentUpdate([new RepositoryMappingRow(1, [2, 3])], [new RepositoryMappingRow(4, [5])],
            new Dictionary<RepositoryContentType, PairChanges> { [RepositoryContentType.TagParents] = new([(6, 7)], []) }, 0);

        var read = UpdateFileReader.Read(UpdateFileWriter.Write(original), "test").ShouldBeOfType<ContentUpdate>();

        read.AddedMappings.Single().ServiceHashIds.ShouldBe([2L, 3L]);
        read.DeletedMappings.Single().ServiceHashIds.ShouldBe([5L]);
        read.PairsOf(RepositoryContentType.TagParents).Added.ShouldBe([(6L, 7L)]);
        UpdateFileReader.MimeOf(UpdateFileWriter.Write(original), "test").ShouldBe(FileMime.HydrusUpdateContent);
    }

    [Fact]
    public void Bytes_that_are_not_zlib_are_refused_with_a_clear_error()
    {
        Should.Throw<RepositoryException>(() => UpdateFileReader.Read("not an update"u8, "update file x"))
            .Message.ShouldStartWith("update file x is not zlib-compressed hydrus data");
    }

    [Fact]
    public void Another_serialisable_type_is_refused_as_not_an_update_file()
    {
        Should.Throw<RepositoryException>(() => UpdateFileReader.Read(Zlib("[37, 1, [[], 0]]"), "update file x"))
            .Message.ShouldContain("not an update file");
    }

    private static byte[] Zlib(string json)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }
}
