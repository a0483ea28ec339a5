namespace HydraEngine.Storage.Files.Headers;

/// <summary>MP4 / QuickTime: duration from moov/mvhd, size from the first visual moov/trak/tkhd.</summary>
internal static class IsoMediaHeader
{
    public static MediaInfo Read(HeaderStream input)
    {
        var moov = FindBox(input, 0, input.Length, "moov");
        if (moov is null)
        {
            return MediaInfo.Unknown;
        }

        var (start, end) = moov.Value;
        long? durationMs = null;
        if (FindBox(input, start, end, "mvhd") is { } mvhd)
        {
            input.Position = mvhd.PayloadStart;
            var version = input.ReadByte();
            input.Skip(version == 1 ? 3 + 16 : 3 + 8);
            var timescale = input.ReadUInt32BigEndian();
            var duration = version == 1 ? input.ReadUInt64BigEndian() : input.ReadUInt32BigEndian();
            durationMs = timescale == 0 ? null : (long)(duration * 1000 / timescale);
        }

        var (width, height) = TrackSize(input, start, end);
        return new MediaInfo(width, height, durationMs);
    }

    private static (int?, int?) TrackSize(HeaderStream input, long start, long end)
    {
        var position = start;
        while (NextBox(input, position, end) is { } box)
        {
            if (box.Type == "trak" && FindBox(input, box.PayloadStart, box.End, "tkhd") is { } tkhd)
            {
                input.Position = tkhd.PayloadStart;
                var version = input.ReadByte();
                input.Skip(version == 1 ? 3 + 84 : 3 + 72);
                var width = (int)(input.ReadUInt32BigEndian() >> 16);
                var height = (int)(input.ReadUInt32BigEndian() >> 16);
                if (width > 0 && height > 0)
                {
                    return (width, height);
                }
            }

            position = box.End;
        }

        return (null, null);
    }

    private static (long PayloadStart, long End)? FindBox(HeaderStream input, long start, long end, string wanted)
    {
        var position = start;
        while (NextBox(input, position, end) is { } box)
        {
            if (box.Type == wanted)
            {
                return (box.PayloadStart, box.End);
            }

            position = box.End;
        }

        return null;
    }

    private static (string Type, long PayloadStart, long End)? NextBox(HeaderStream input, long position, long end)
    {
        if (position + 8 > end)
        {
            return null;
        }

        input.Position = position;
        long size = input.ReadUInt32BigEndian();
        var type = input.ReadAscii(4);
        var headerSize = 8L;
        if (size == 1)
        {
            size = (long)input.ReadUInt64BigEndian();
            headerSize = 16;
        }
        else if (size == 0)
        {
            size = end - position;
        }

        return size < headerSize || position + size > end ? null : (type, position + headerSize, position + size);
    }
}
