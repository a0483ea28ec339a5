using System.Text;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// A saved page's text read straight from its file, decoded exactly as <see cref="PageText.Decode"/> decodes its bytes
/// (UTF-8 when valid, else Windows-1252; a leading BOM dropped, NULs removed) without ever holding the bytes: one pass
/// counts the characters, the second decodes into the string. A 40 MB page costs its string, not bytes + copies + string.
/// </summary>
public static class PageTextReader
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The page's text; throws <see cref="PageTooLargeException"/> past <paramref name="maximumBytes"/> (counted while reading).</summary>
    public static string Read(Stream stream, long maximumBytes)
    {
        if (!stream.CanSeek)
        {
            return PageText.Decode(ReadBytes(stream, maximumBytes));
        }

        var start = stream.Position;
        var (utf8, characters, nuls, bom) = Count(stream, maximumBytes);
        stream.Position = start;
        try
        {
            return string.Create((int)(characters - nuls - (bom ? 1 : 0)), (stream, utf8, bom), Fill);
        }
        catch (PageChangedException)
        {
            // the file changed between the passes: decode what it holds now
            stream.Position = start;
            return PageText.Decode(ReadBytes(stream, maximumBytes));
        }
    }

    /// <summary>Whether the bytes are valid UTF-8, how many characters they decode to, how many of those are NUL, and whether the first is a BOM.</summary>
    private static (bool Utf8, long Characters, long Nuls, bool Bom) Count(Stream stream, long maximumBytes)
    {
        var bytes = new byte[ChunkBytes];
        var scratch = new char[ChunkBytes + 2];
        var decoder = PageText.StrictUtf8.GetDecoder();
        long total = 0, characters = 0, nuls = 0;
        var utf8 = true;
        var bom = false;
        int read;
        while ((read = stream.Read(bytes)) > 0)
        {
            total += read;
            if (total > maximumBytes)
            {
                throw new PageTooLargeException(maximumBytes);
            }

            var chunk = bytes.AsSpan(0, read);
            nuls += chunk.Count((byte)0);
            if (utf8)
            {
                try
                {
                    var decoded = decoder.GetChars(chunk, scratch, flush: false);
                    bom |= characters == 0 && decoded > 0 && scratch[0] == '\uFEFF';
                    characters += decoded;
                }
                catch (DecoderFallbackException)
                {
                    utf8 = false;
                }
            }
        }

        try
        {
            characters += utf8 ? decoder.GetChars([], scratch, flush: true) : 0;
        }
        catch (DecoderFallbackException)
        {
            utf8 = false;
        }

        return utf8 ? (true, characters, nuls, bom) : (false, total, nuls, false);
    }

    private static void Fill(Span<char> text, (Stream Stream, bool Utf8, bool Bom) state)
    {
        var bytes = new byte[ChunkBytes];
        var scratch = new char[ChunkBytes + 2];
        var decoder = (state.Utf8 ? PageText.StrictUtf8 : PageText.Windows1252).GetDecoder();
        var at = 0;
        var skip = state.Bom;
        int read;
        do
        {
            read = state.Stream.Read(bytes);
            var chars = scratch.AsSpan(0, Decode(decoder, bytes.AsSpan(0, read), scratch, flush: read == 0));
            if (skip && chars.Length > 0)
            {
                chars = chars[1..];
                skip = false;
            }

            at = CopyWithoutNuls(chars, text, at);
        }
        while (read > 0);

        if (at != text.Length)
        {
            throw new PageChangedException();
        }
    }

    private static int Decode(Decoder decoder, ReadOnlySpan<byte> bytes, char[] scratch, bool flush)
    {
        try
        {
            return decoder.GetChars(bytes, scratch, flush);
        }
        catch (DecoderFallbackException)
        {
            throw new PageChangedException();
        }
    }

    private static int CopyWithoutNuls(ReadOnlySpan<char> chars, Span<char> text, int at)
    {
        int nul;
        while ((nul = chars.IndexOf('\0')) >= 0)
        {
            at = Copy(chars[..nul], text, at);
            chars = chars[(nul + 1)..];
        }

        return Copy(chars, text, at);
    }

    private static int Copy(ReadOnlySpan<char> chars, Span<char> text, int at)
    {
        if (chars.Length > text.Length - at)
        {
            throw new PageChangedException();
        }

        chars.CopyTo(text[at..]);
        return at + chars.Length;
    }

    private static byte[] ReadBytes(Stream stream, long maximumBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                throw new PageTooLargeException(maximumBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>A page longer than the limit it is read under.</summary>
public sealed class PageTooLargeException(long limit) : IOException($"the page is larger than the limit of {limit} bytes")
{
    public long Limit { get; } = limit;
}

/// <summary>The page's file changed between the counting pass and the decoding pass.</summary>
internal sealed class PageChangedException : Exception;
