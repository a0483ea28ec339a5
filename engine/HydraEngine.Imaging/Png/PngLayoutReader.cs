namespace HydraEngine.Imaging.Png;

/// <summary>
/// Reads the chunk sequence, enforcing the ordering rules and CRCs of critical chunks.
/// Ancillary chunks are skipped unread, except tRNS on palette images (used only when its CRC is right).
/// </summary>
internal static class PngLayoutReader
{
    public static PngFileLayout Read(ReadOnlySpan<byte> file, ImageDecodeLimits limits)
    {
        var reader = new PngChunkReader(file);
        var first = reader.Next();
        if (first.Type != PngChunkType.Header)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Header,
                $"the first chunk (byte {first.Offset}) is {first.Name}, expected IHDR",
                first.Offset);
        }

        first.RequireValidCrc();
        var header = PngHeader.Parse(first.Data, first.Offset);
        PngSizeGuard.CheckHeader(header, limits, first.Offset);

        PngPalette? palette = null;
        var imageData = new List<ImageDataSegment>(1);
        long firstImageDataOffset = -1;
        var previousWasImageData = false;
        while (true)
        {
            var chunk = reader.Next();
            if (chunk.IsCritical)
            {
                chunk.RequireValidCrc();
            }

            switch (chunk.Type)
            {
                case PngChunkType.End:
                    if (imageData.Count == 0)
                    {
                        throw new PngFormatException(
                            ImageDecodeErrorCodes.MissingImageData,
                            $"IEND chunk at byte {chunk.Offset} reached without any IDAT chunk",
                            chunk.Offset);
                    }

                    return new PngFileLayout(header, palette, imageData, firstImageDataOffset);
                case PngChunkType.ImageData:
                    if (imageData.Count == 0)
                    {
                        RequirePaletteIfIndexed(header, palette, chunk.Offset);
                        firstImageDataOffset = chunk.Offset;
                    }
                    else if (!previousWasImageData)
                    {
                        throw OutOfOrder(chunk, "IDAT chunks must be consecutive");
                    }

                    imageData.Add(new ImageDataSegment((int)chunk.DataOffset, chunk.Data.Length));
                    break;
                case PngChunkType.Palette:
                    RequireBeforeImageData(chunk, imageData.Count);
                    palette = ReadPalette(chunk, header, palette);
                    break;
                case PngChunkType.Transparency:
                    palette = ApplyTransparency(chunk, header, palette, imageData.Count);
                    break;
                case PngChunkType.Header:
                    throw OutOfOrder(chunk, "a second IHDR chunk");
                default:
                    if (chunk.IsCritical)
                    {
                        throw new PngFormatException(
                            ImageDecodeErrorCodes.UnknownCriticalChunk,
                            $"{chunk.Name} chunk at byte {chunk.Offset} is critical but unknown",
                            chunk.Offset);
                    }

                    break;
            }

            previousWasImageData = chunk.Type == PngChunkType.ImageData;
        }
    }

    private static PngPalette? ReadPalette(PngChunk chunk, PngHeader header, PngPalette? existing)
    {
        if (existing is not null)
        {
            throw new PngFormatException(ImageDecodeErrorCodes.Palette, $"PLTE chunk at byte {chunk.Offset} is a second palette", chunk.Offset);
        }

        var length = chunk.Data.Length;
        if (length == 0 || length % 3 != 0 || length > PngPalette.MaxEntries * 3)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Palette,
                $"PLTE chunk at byte {chunk.Offset} has {length} bytes, not 3 × 1..{PngPalette.MaxEntries} entries",
                chunk.Offset);
        }

        // A palette in a greyscale file is not allowed and is ignored, as libpng does; in RGB files it is only a suggestion.
        return header.ColourType == PngColourType.Indexed ? new PngPalette(chunk.Data.ToArray(), null) : null;
    }

    private static PngPalette? ApplyTransparency(PngChunk chunk, PngHeader header, PngPalette? palette, int imageDataChunks)
    {
        var usable = header.ColourType == PngColourType.Indexed
            && palette is { HasTransparency: false }
            && imageDataChunks == 0
            && !chunk.Data.IsEmpty
            && chunk.HasValidCrc;
        return usable ? palette!.WithAlpha(chunk.Data.ToArray()) : palette;
    }

    private static void RequirePaletteIfIndexed(PngHeader header, PngPalette? palette, long offset)
    {
        if (header.ColourType == PngColourType.Indexed && palette is null)
        {
            throw new PngFormatException(
                ImageDecodeErrorCodes.Palette,
                $"IDAT chunk at byte {offset}: an indexed-colour image needs a PLTE chunk before its image data",
                offset);
        }
    }

    private static void RequireBeforeImageData(PngChunk chunk, int imageDataChunks)
    {
        if (imageDataChunks > 0)
        {
            throw OutOfOrder(chunk, "it must come before the IDAT chunks");
        }
    }

    private static PngFormatException OutOfOrder(PngChunk chunk, string why) =>
        new(ImageDecodeErrorCodes.ChunkOrder, $"{chunk.Name} chunk at byte {chunk.Offset} is out of place: {why}", chunk.Offset);
}
