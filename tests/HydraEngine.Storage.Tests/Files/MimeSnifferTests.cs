using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

public sealed class MimeSnifferTests
{
    public static TheoryData<byte[], FileMime> Samples => new()
    {
        { SampleFiles.Jpeg(1, 1, "a"), FileMime.ImageJpeg },
        { SampleFiles.Png(1, 1, "a"), FileMime.ImagePng },
        { SampleFiles.Gif(1, 1, "a"), FileMime.ImageGif },
        { SampleFiles.WebpLossless(1, 1, "a"), FileMime.ImageWebp },
        { SampleFiles.Bmp(1, 1), FileMime.ImageBmp },
        { SampleFiles.Mp4(1, 1, 1, "a"), FileMime.VideoMp4 },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84, .. "webm"u8], FileMime.VideoWebm },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, .. "matroska"u8], FileMime.VideoMkv },
        { [.. "PK"u8, 3, 4, 20, 0], FileMime.ApplicationZip },
        { [.. "%PDF-1.7"u8], FileMime.ApplicationPdf },
        { [.. "Rar!"u8, 0x1A, 0x07, 0x01, 0x00], FileMime.ApplicationRar },
        { [.. "7z"u8, 0xBC, 0xAF, 0x27, 0x1C], FileMime.Application7z },
        { [.. "fLaC"u8, 0, 0, 0, 34], FileMime.AudioFlac },
        { [.. "ID3"u8, 4, 0, 0], FileMime.AudioMp3 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Given_magic_bytes_then_the_type_is_recognised(byte[] head, FileMime expected) =>
        MimeSniffer.Sniff(head).ShouldBe(expected);

    [Fact]
    public void Given_plain_text_then_no_type_is_recognised() =>
        MimeSniffer.Sniff("just some text"u8).ShouldBeNull();
}
