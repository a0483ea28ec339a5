namespace HydraEngine.Storage.Files.Headers;

/// <summary>JPEG: size from the first start-of-frame segment.</summary>
internal static class JpegHeader
{
    public static MediaInfo Read(HeaderStream input)
    {
        input.Position = 2;
        while (input.Remaining > 4)
        {
            if (input.ReadByte() != 0xFF)
            {
                continue;
            }

            var marker = input.ReadByte();
            while (marker == 0xFF)
            {
                marker = input.ReadByte();
            }

            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                break;
            }

            var length = input.ReadUInt16BigEndian();
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                input.Skip(1);
                var height = input.ReadUInt16BigEndian();
                var width = input.ReadUInt16BigEndian();
                return new MediaInfo(width, height);
            }

            input.Skip(length - 2);
        }

        return MediaInfo.Unknown;
    }
}
