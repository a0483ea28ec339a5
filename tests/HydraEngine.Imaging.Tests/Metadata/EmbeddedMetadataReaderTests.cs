using HydraEngine.Imaging.Metadata;
using HydraEngine.Testing;

namespace HydraEngine.Imaging.Tests.Metadata;

/// <summary>EXIF and ICC blocks found by walking JPEG segments, PNG chunks and WebP chunks.</summary>
public sealed class EmbeddedMetadataReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-metadata-").FullName;

    [PhashVectorTheory]
    [InlineData("a18_exif_orient6.jpg", true, false)]
    [InlineData("a23_srgb_icc.png", false, true)]
    [InlineData("a02_q95.jpg", false, false)]
    [InlineData("a01_master.png", false, false)]
    public void Vectors_report_their_exif_and_icc_blocks(string file, bool exif, bool icc)
    {
        EmbeddedMetadataReader.Read(PhashVectors.PathOf(file)).ShouldBe(new EmbeddedMetadata(exif, icc));
    }

    [Fact]
    public void A_PNG_EXIF_chunk_before_the_image_data_is_exif()
    {
        var png = PngCodec.Default.EncodeGreyscale8(2, 2, [1, 2, 3, 4]);
        var withExif = png[..8].Concat(Chunk("eXIf", [0x4D, 0x4D, 0, 42])).Concat(png[8..]).ToArray();

        EmbeddedMetadataReader.Read(Write("exif.png", withExif)).ShouldBe(new EmbeddedMetadata(true, false));
    }

    [Fact]
    public void A_webp_with_iccp_and_exif_chunks_reports_both()
    {
        byte[] body = [.. "WEBP"u8, .. "VP8X"u8, 10, 0, 0, 0, .. new byte[10], .. "ICCP"u8, 3, 0, 0, 0, 1, 2, 3, 0, .. "EXIF"u8, 2, 0, 0, 0, 1, 2];
        byte[] webp = [.. "RIFF"u8, .. BitConverter.GetBytes(body.Length), .. body];

        EmbeddedMetadataReader.Read(Write("both.webp", webp)).ShouldBe(new EmbeddedMetadata(true, true));
    }

    [Fact]
    public void Truncated_or_unknown_files_report_neither()
    {
        EmbeddedMetadataReader.Read(Write("cut.jpg", [0xFF, 0xD8, 0xFF, 0xE1, 0x40])).ShouldBe(EmbeddedMetadata.None);
        EmbeddedMetadataReader.Read(Write("text.txt", "hello world"u8.ToArray())).ShouldBe(EmbeddedMetadata.None);
        EmbeddedMetadataReader.Read(Path.Combine(folder, "missing.png")).ShouldBe(EmbeddedMetadata.None);
    }

    private static byte[] Chunk(string type, byte[] data) =>
        [.. System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)data.Length) is var length ? BitConverter.GetBytes(length) : [], .. System.Text.Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
