namespace HydraEngine.Storage.Services;

/// <summary>Service types, numbered as hydrus numbers them.</summary>
public enum ServiceType
{
    /// <summary>A tag repository on a hydrus server (such as the Public Tag Repository), synchronised from its update files.</summary>
    TagRepository = 0,

    /// <summary>A local file domain such as "my files".</summary>
    LocalFileDomain = 2,

    /// <summary>A local tag service such as "my tags" or "downloader tags".</summary>
    LocalTag = 5,

    /// <summary>A local rating service of 1 to N stars.</summary>
    LocalRatingNumerical = 6,

    /// <summary>A local like/dislike rating service.</summary>
    LocalRatingLike = 7,

    /// <summary>A local inc/dec rating service: a whole-number counter per file.</summary>
    LocalRatingIncDec = 22,

    /// <summary>The trash: files deleted from every local file domain, bytes still on disk.</summary>
    LocalFileTrashDomain = 14,

    /// <summary>"repository updates": the update files of every repository, kept like files (hydrus's local update domain).</summary>
    LocalUpdateDomain = 20,

    /// <summary>"all local files": every file whose bytes are on disk (all domains plus trash).</summary>
    CombinedLocalFile = 15,

    /// <summary>"all my files": every file in any local file domain (not the trash).</summary>
    CombinedLocalMedia = 21,
}
