namespace HydraEngine.Storage.Files;

/// <summary>The MIME string and file extension of each <see cref="FileMime"/>.</summary>
public static class MimeTypes
{
    private static readonly Dictionary<FileMime, (string Mime, string Extension)> Table = new()
    {
        [FileMime.ImageJpeg] = ("image/jpeg", "jpg"),
        [FileMime.ImagePng] = ("image/png", "png"),
        [FileMime.AnimationApng] = ("image/apng", "png"),
        [FileMime.AnimationGif] = ("image/gif", "gif"),
        [FileMime.ImageGif] = ("image/gif", "gif"),
        [FileMime.ImageBmp] = ("image/bmp", "bmp"),
        [FileMime.ImageIcon] = ("image/x-icon", "ico"),
        [FileMime.ImageWebp] = ("image/webp", "webp"),
        [FileMime.ImageTiff] = ("image/tiff", "tiff"),
        [FileMime.ImageHeic] = ("image/heic", "heic"),
        [FileMime.ImageAvif] = ("image/avif", "avif"),
        [FileMime.ApplicationPdf] = ("application/pdf", "pdf"),
        [FileMime.ApplicationZip] = ("application/zip", "zip"),
        [FileMime.ApplicationRar] = ("application/vnd.rar", "rar"),
        [FileMime.Application7z] = ("application/x-7z-compressed", "7z"),
        [FileMime.ApplicationPsd] = ("image/vnd.adobe.photoshop", "psd"),
        [FileMime.AudioMp3] = ("audio/mpeg", "mp3"),
        [FileMime.AudioOgg] = ("audio/ogg", "ogg"),
        [FileMime.AudioFlac] = ("audio/flac", "flac"),
        [FileMime.AudioWave] = ("audio/x-wav", "wav"),
        [FileMime.AudioM4a] = ("audio/mp4", "m4a"),
        [FileMime.VideoMp4] = ("video/mp4", "mp4"),
        [FileMime.VideoMov] = ("video/quicktime", "mov"),
        [FileMime.VideoMkv] = ("video/x-matroska", "mkv"),
        [FileMime.VideoWebm] = ("video/webm", "webm"),
        [FileMime.VideoAvi] = ("video/x-msvideo", "avi"),
        [FileMime.HydrusUpdateDefinitions] = ("application/x-hydrus-update-definitions", ""),
        [FileMime.HydrusUpdateContent] = ("application/x-hydrus-update-content", ""),
    };

    public static string MimeString(FileMime mime) => Table.TryGetValue(mime, out var entry) ? entry.Mime : "application/octet-stream";

    /// <summary>The extension without a dot, as used in the file tree (empty for update files, kept extensionless as hydrus keeps them).</summary>
    public static string Extension(FileMime mime) => Table.TryGetValue(mime, out var entry) ? entry.Extension : "bin";

    /// <summary>Accepts a MIME string ("image/png"), an extension ("png") or a hydrus-style name ("animation gif").</summary>
    public static IReadOnlyList<FileMime> Lookup(string text)
    {
        var wanted = text.Trim().TrimStart('.').ToLowerInvariant();
        return Table
            .Where(entry => entry.Value.Mime == wanted || entry.Value.Extension == wanted || (wanted.EndsWith("/*", StringComparison.Ordinal) && entry.Value.Mime.StartsWith(wanted[..^1], StringComparison.Ordinal)))
            .Select(entry => entry.Key)
            .ToList();
    }
}
