using System.Text;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it into a <see cref="TextWriter"/> (stdout, or a test's
/// <see cref="StringWriter"/>), so a <see cref="System.Text.Json.Utf8JsonWriter"/> can stream into a command's output
/// in bounded pieces instead of building the whole text first.
/// </summary>
internal sealed class TextWriterStream(TextWriter output) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] characters = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = decoder.GetCharCount(buffer, flush: false);
        if (characters.Length < needed)
        {
            characters = new char[Math.Max(needed, characters.Length * 2)];
        }

        var decoded = decoder.GetChars(buffer, characters, flush: false);
        output.Write(characters, 0, decoded);
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
