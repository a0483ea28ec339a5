using HydraEngine.Storage.Files.Headers;

namespace HydraEngine.Storage.Files;

/// <summary>Refines a sniffed type (APNG, animated GIF) and reads size, duration and frames from headers.</summary>
internal static class MediaProbe
{
    public static (FileMime Mime, MediaInfo Info) Probe(string path, FileMime sniffed)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
        return Probe(stream, sniffed);
    }

    public static (FileMime Mime, MediaInfo Info) Probe(Stream stream, FileMime sniffed)
    {
        var input = new HeaderStream(stream);
        try
        {
            return sniffed switch
            {
                FileMime.ImagePng => PngHeader.Read(input),
                FileMime.ImageGif => GifHeader.Read(input),
                FileMime.ImageJpeg => (sniffed, JpegHeader.Read(input)),
                FileMime.ImageWebp => (sniffed, WebpHeader.Read(input)),
                FileMime.ImageBmp => (sniffed, BmpHeader.Read(input)),
                FileMime.VideoMp4 or FileMime.VideoMov or FileMime.AudioM4a => (sniffed, IsoMediaHeader.Read(input)),
                _ => (sniffed, MediaInfo.Unknown),
            };
        }
        catch (EndOfStreamException)
        {
            // Truncated or odd headers: the file is still stored, its dimensions are just unknown.
            return (sniffed, MediaInfo.Unknown);
        }
    }
}
