namespace HydraEngine.Storage.Files.Headers;

/// <summary>WebP: size from VP8, VP8L or VP8X; frames and duration from ANMF chunks.</summary>
internal static class WebpHeader
{
    public static MediaInfo Read(HeaderStream input)
    {
        input.Position = 12;
        var chunk = input.ReadAscii(4);
        input.Skip(4);
        switch (chunk)
        {
            case "VP8 ":
                input.Skip(6);
                return new MediaInfo(input.ReadUInt16LittleEndian() & 0x3FFF, input.ReadUInt16LittleEndian() & 0x3FFF);
            case "VP8L":
                input.Skip(1);
                var bits = input.ReadUInt32LittleEndian();
                return new MediaInfo((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
            case "VP8X":
                var flags = input.ReadByte();
                input.Skip(3);
                var width = input.ReadUInt24LittleEndian() + 1;
                var height = input.ReadUInt24LittleEndian() + 1;
                return (flags & 0x02) == 0 ? new MediaInfo(width, height) : Animated(input, width, height);
            default:
                return MediaInfo.Unknown;
        }
    }

    private static MediaInfo Animated(HeaderStream input, int width, int height)
    {
        var frames = 0;
        long durationMs = 0;
        input.Position = 12;
        while (input.Remaining >= 8)
        {
            var type = input.ReadAscii(4);
            var size = input.ReadUInt32LittleEndian();
            var payloadStart = input.Position;
            if (type == "ANMF" && size >= 16)
            {
                input.Skip(12);
                durationMs += input.ReadUInt24LittleEndian();
                frames++;
            }

            input.Position = payloadStart;
            if (size + (size & 1) > input.Remaining)
            {
                break;
            }

            input.Skip(size + (size & 1));
        }

        return frames > 1 ? new MediaInfo(width, height, durationMs, frames) : new MediaInfo(width, height);
    }
}
