using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Metadata;

/// <summary>hydrus's human filetype names (<c>filetype_human</c>).</summary>
internal static class FiletypeNames
{
    private static readonly Dictionary<FileMime, string> Names = new()
    {
        [FileMime.ImageJpeg] = "jpeg",
        [FileMime.ImagePng] = "png",
        [FileMime.AnimationApng] = "apng",
        [FileMime.ImageGif] = "static gif",
        [FileMime.AnimationGif] = "animated gif",
        [FileMime.ImageBmp] = "bitmap",
        [FileMime.ImageWebp] = "webp",
        [FileMime.ImageTiff] = "tiff",
        [FileMime.ImageIcon] = "icon",
        [FileMime.ImageHeic] = "heic",
        [FileMime.ImageAvif] = "avif",
        [FileMime.ApplicationPdf] = "pdf",
        [FileMime.ApplicationPsd] = "psd",
        [FileMime.ApplicationZip] = "zip",
        [FileMime.ApplicationRar] = "rar",
        [FileMime.Application7z] = "7z",
        [FileMime.AudioM4a] = "m4a",
        [FileMime.AudioMp3] = "mp3",
        [FileMime.AudioOgg] = "ogg",
        [FileMime.AudioFlac] = "flac",
        [FileMime.AudioWave] = "wave",
        [FileMime.VideoAvi] = "avi",
        [FileMime.VideoMov] = "quicktime",
        [FileMime.VideoMp4] = "mp4",
        [FileMime.VideoMkv] = "matroska",
        [FileMime.VideoWebm] = "webm",
    };

    public static string Human(FileMime mime) => Names.GetValueOrDefault(mime, MimeTypes.Extension(mime));

    /// <summary>Whether hydrus makes a thumbnail from the file's pixels (images and animations we can decode).</summary>
    public static bool HasThumbnail(FileMime mime) =>
        mime is FileMime.ImageJpeg or FileMime.ImagePng or FileMime.AnimationApng or FileMime.ImageGif or FileMime.AnimationGif
            or FileMime.ImageBmp or FileMime.ImageWebp or FileMime.ImageIcon;
}
