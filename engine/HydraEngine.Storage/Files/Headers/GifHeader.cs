namespace HydraEngine.Storage.Files.Headers;

/// <summary>GIF: size from the logical screen; frames and duration by walking the blocks.</summary>
internal static class GifHeader
{
    public static (FileMime Mime, MediaInfo Info) Read(HeaderStream input)
    {
        input.Position = 6;
        int width = input.ReadUInt16LittleEndian();
        int height = input.ReadUInt16LittleEndian();
        var packed = input.ReadByte();
        input.Skip(2);
        if ((packed & 0x80) != 0)
        {
            input.Skip(3 << ((packed & 0x07) + 1));
        }

        var frames = 0;
        long delayCentiseconds = 0;
        try
        {
            WalkBlocks(input, ref frames, ref delayCentiseconds);
        }
        catch (EndOfStreamException)
        {
            // A truncated animation: keep what was counted.
        }

        return frames > 1
            ? (FileMime.AnimationGif, new MediaInfo(width, height, delayCentiseconds * 10, frames))
            : (FileMime.ImageGif, new MediaInfo(width, height));
    }

    private static void WalkBlocks(HeaderStream input, ref int frames, ref long delayCentiseconds)
    {
        while (input.Remaining > 0)
        {
            switch (input.ReadByte())
            {
                case 0x21:
                    var label = input.ReadByte();
                    if (label == 0xF9)
                    {
                        var size = input.ReadByte();
                        input.Skip(1);
                        delayCentiseconds += input.ReadUInt16LittleEndian();
                        input.Skip(size - 3);
                    }

                    SkipSubBlocks(input);
                    break;
                case 0x2C:
                    frames++;
                    input.Skip(8);
                    var imagePacked = input.ReadByte();
                    if ((imagePacked & 0x80) != 0)
                    {
                        input.Skip(3 << ((imagePacked & 0x07) + 1));
                    }

                    input.Skip(1);
                    SkipSubBlocks(input);
                    break;
                default:
                    return;
            }
        }
    }

    private static void SkipSubBlocks(HeaderStream input)
    {
        for (var size = input.ReadByte(); size != 0; size = input.ReadByte())
        {
            input.Skip(size);
        }
    }
}
