namespace HydraEngine.Storage.Files.Headers;

/// <summary>PNG and APNG: size from IHDR; frames and duration from acTL/fcTL.</summary>
internal static class PngHeader
{
    public static (FileMime Mime, MediaInfo Info) Read(HeaderStream input)
    {
        input.Position = 8;
        int? width = null;
        int? height = null;
        int? frames = null;
        double durationMs = 0;
        while (input.Remaining >= 12)
        {
            var length = input.ReadUInt32BigEndian();
            var type = input.ReadAscii(4);
            var payloadStart = input.Position;
            switch (type)
            {
                case "IHDR":
                    width = (int)input.ReadUInt32BigEndian();
                    height = (int)input.ReadUInt32BigEndian();
                    break;
                case "acTL":
                    frames = (int)input.ReadUInt32BigEndian();
                    break;
                case "fcTL":
                    input.Skip(20);
                    var numerator = input.ReadUInt16BigEndian();
                    var denominator = input.ReadUInt16BigEndian();
                    durationMs += numerator * 1000.0 / (denominator == 0 ? 100 : denominator);
                    break;
                case "IEND":
                    return Result(width, height, frames, durationMs);
            }

            input.Position = payloadStart;
            input.Skip(length + 4L);
        }

        return Result(width, height, frames, durationMs);
    }

    private static (FileMime, MediaInfo) Result(int? width, int? height, int? frames, double durationMs) =>
        frames is > 1
            ? (FileMime.AnimationApng, new MediaInfo(width, height, (long)Math.Round(durationMs), frames))
            : (FileMime.ImagePng, new MediaInfo(width, height, null, null));
}
