namespace HydraEngine.Storage.Files;

/// <summary>File types the store accepts, numbered as hydrus numbers its mimes.</summary>
public enum FileMime
{
    ImageJpeg = 1,
    ImagePng = 2,
    AnimationGif = 3,
    ImageBmp = 4,
    ImageIcon = 7,
    ApplicationPdf = 10,
    ApplicationZip = 11,
    AudioMp3 = 13,
    VideoMp4 = 14,
    AudioOgg = 15,
    AudioFlac = 16,
    VideoMkv = 20,
    VideoWebm = 21,
    AnimationApng = 23,
    VideoMov = 26,
    VideoAvi = 27,

    /// <summary>A repository's definitions update file (hydrus serialised, zlib-compressed JSON).</summary>
    HydrusUpdateDefinitions = 28,

    /// <summary>A repository's content update file.</summary>
    HydrusUpdateContent = 29,
    ApplicationRar = 31,
    Application7z = 32,
    ImageWebp = 33,
    ImageTiff = 34,
    ApplicationPsd = 35,
    AudioM4a = 36,
    AudioWave = 46,
    ImageHeic = 63,
    ImageAvif = 65,
    ImageGif = 68,
}
