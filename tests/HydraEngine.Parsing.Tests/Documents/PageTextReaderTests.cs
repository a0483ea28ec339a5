using System.Text;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Tests.Documents;

/// <summary>A saved page read from its file decodes exactly as its bytes do (<see cref="PageText.Decode"/>).</summary>
public sealed class PageTextReaderTests
{
    private const int Chunk = 64 * 1024;

    public static TheoryData<string, byte[]> Pages() => new()
    {
        { "empty", [] },
        { "plain UTF-8", Encoding.UTF8.GetBytes("<p>héllo 😀 wörld</p>") },
        { "a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>x</p>")] },
        { "only a BOM", [0xEF, 0xBB, 0xBF] },
        { "NULs", Encoding.UTF8.GetBytes("a\0b\0\0c\0") },
        { "a NUL before a BOM", [0, 0xEF, 0xBB, 0xBF, 0x41] },
        { "invalid UTF-8", [0x3C, 0x70, 0x3E, 0xE9, 0x74, 0xE9, 0x00, 0x81, 0x3C] },
        { "a character across the chunk boundary", [.. Enumerable.Repeat((byte)'a', Chunk - 1), .. Encoding.UTF8.GetBytes("é😀")] },
        { "a surrogate pair across the chunk boundary", [.. Enumerable.Repeat((byte)'a', Chunk - 2), .. Encoding.UTF8.GetBytes("😀😀")] },
        { "invalid UTF-8 after the first chunk", [.. Enumerable.Repeat((byte)'b', Chunk + 10), 0xFF, 0x00, 0x41] },
        { "a truncated sequence at the end", [.. Encoding.UTF8.GetBytes("abc"), 0xE2, 0x82] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_read_from_a_file_is_the_text_its_bytes_decode_to(string page, byte[] bytes) =>
        PageTextReader.Read(new MemoryStream(bytes), long.MaxValue).ShouldBe(PageText.Decode(bytes), page);

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_read_from_a_stream_that_cannot_seek_is_the_same_text(string page, byte[] bytes) =>
        PageTextReader.Read(new ForwardOnlyStream(bytes), long.MaxValue).ShouldBe(PageText.Decode(bytes), page);

    [Fact]
    public void A_page_over_the_limit_is_refused() =>
        Should.Throw<PageTooLargeException>(() => PageTextReader.Read(new MemoryStream(new byte[Chunk * 2]), Chunk + 1)).Limit.ShouldBe(Chunk + 1);

    [Fact]
    public void A_page_of_exactly_the_limit_is_read() =>
        PageTextReader.Read(new MemoryStream(new byte[100]), 100).ShouldBeEmpty();

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
