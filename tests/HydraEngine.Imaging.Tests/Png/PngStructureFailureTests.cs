using System.Buffers.Binary;

namespace HydraEngine.Imaging.Tests.Png;

/// <summary>Broken signatures, chunks, CRCs and chunk order.</summary>
public sealed class PngStructureFailureTests
{
    private static readonly byte[] ValidFile = PngFileBuilder.Greyscale8(3, [1, 2, 3], [4, 5, 6]);

    // Offsets in ValidFile: signature 0, IHDR chunk 8 (data 16..28, CRC 29), IDAT chunk 33.
    private const int HeaderChunkOffset = 8;
    private const int ImageDataChunkOffset = 33;

    [Fact]
    public void A_file_not_starting_with_the_signature_is_refused()
    {
        var error = PngDecodeAssertions.Error([.. "GIF89a"u8, 0, 0, 0, 0]);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Signature);
        error.ByteOffset.ShouldBe(0);
    }

    [Fact]
    public void An_empty_file_is_refused_as_not_a_png()
    {
        PngDecodeAssertions.Error([]).Code.ShouldBe(ImageDecodeErrorCodes.Signature);
    }

    [Fact]
    public void Every_truncation_is_reported_as_truncated()
    {
        for (var length = 1; length < ValidFile.Length; length++)
        {
            PngDecodeAssertions.Error(ValidFile[..length]).Code.ShouldBe(ImageDecodeErrorCodes.Truncated, $"file cut to {length} bytes");
        }
    }

    [Fact]
    public void Truncation_inside_a_chunk_names_the_chunk_and_its_offset()
    {
        var error = PngDecodeAssertions.Error(ValidFile[..(ImageDataChunkOffset + 10)]);

        error.ByteOffset.ShouldBe(ImageDataChunkOffset);
        error.Message.ShouldStartWith($"IDAT chunk at byte {ImageDataChunkOffset} declares");
        error.Message.ShouldEndWith($"but the file ends at byte {ImageDataChunkOffset + 10}");
    }

    [Fact]
    public void A_crc_mismatch_on_ihdr_names_chunk_offset_and_both_crcs()
    {
        var file = ValidFile.ToArray();
        file[HeaderChunkOffset + 21] ^= 0x01;

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Crc);
        error.ByteOffset.ShouldBe(HeaderChunkOffset);
        error.Message.ShouldMatch(@"^IHDR chunk at byte 8: CRC mismatch \(stored 0x[0-9A-F]{8}, computed 0x[0-9A-F]{8}\)$");
    }

    [Fact]
    public void A_flipped_bit_in_idat_data_is_caught_by_the_crc()
    {
        var file = ValidFile.ToArray();
        file[ImageDataChunkOffset + 9] ^= 0x10;

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.Crc);
        error.Message.ShouldStartWith($"IDAT chunk at byte {ImageDataChunkOffset}: CRC mismatch");
    }

    [Fact]
    public void A_first_chunk_other_than_ihdr_is_refused()
    {
        var file = new PngFileBuilder().Chunk("tEXt", 65).Header(1, 1, 8, PngColourType.Greyscale).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Header);
    }

    [Fact]
    public void A_file_without_idat_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.MissingImageData);
    }

    [Fact]
    public void A_file_without_iend_is_truncated()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).ImageData([0, 0]).Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Truncated);
    }

    [Fact]
    public void Idat_chunks_separated_by_another_chunk_are_refused()
    {
        var compressed = PngFileBuilder.Zlib([0, 1, 2]);
        var file = new PngFileBuilder().Header(2, 1, 8, PngColourType.Greyscale)
            .Chunk("IDAT", compressed[..4]).Chunk("tEXt", 65).Chunk("IDAT", compressed[4..]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.ChunkOrder);
    }

    [Fact]
    public void An_unknown_critical_chunk_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("ABCD").ImageData([0, 0]).End().Build();

        var error = PngDecodeAssertions.Error(file);

        error.Code.ShouldBe(ImageDecodeErrorCodes.UnknownCriticalChunk);
        error.Message.ShouldBe("ABCD chunk at byte 33 is critical but unknown");
    }

    [Fact]
    public void A_chunk_type_that_is_not_four_letters_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Chunk("AB1D").ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Chunk);
    }

    [Fact]
    public void A_chunk_length_over_2_pow_31_is_refused()
    {
        var file = PngFileBuilder.Greyscale8(1, [7]);
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(ImageDataChunkOffset), 0x80000000);

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.Chunk);
    }

    [Fact]
    public void A_second_ihdr_is_refused()
    {
        var file = new PngFileBuilder().Header(1, 1, 8, PngColourType.Greyscale).Header(1, 1, 8, PngColourType.Greyscale).ImageData([0, 0]).End().Build();

        PngDecodeAssertions.Error(file).Code.ShouldBe(ImageDecodeErrorCodes.ChunkOrder);
    }
}
