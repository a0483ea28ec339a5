using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Thumbnails;

/// <summary>
/// Thumbnails on disk, one file per hash under two hex digits (<c>thumbnails/ab/abcd….thumbnail</c>), written to a
/// temporary name and renamed so a reader never sees half a file. A file with no decodable image gets the placeholder.
/// </summary>
internal sealed class ThumbnailCache(string folder)
{
    private readonly Lazy<byte[]> placeholder = new(ThumbnailMaker.Placeholder);

    public string Folder => folder;

    public string PathOf(FileHash hash)
    {
        var hex = hash.ToHex();
        return Path.Combine(folder, hex[..2], hex + ".thumbnail");
    }

    public bool Has(FileHash hash) => File.Exists(PathOf(hash));

    /// <summary>Makes and keeps the thumbnail of a stored file; false when the file has no decodable image.</summary>
    public bool Make(FileHash hash, string sourcePath)
    {
        var bytes = ThumbnailMaker.Make(sourcePath);
        if (bytes is null)
        {
            return false;
        }

        var path = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    /// <summary>The thumbnail's bytes and type: the kept one, one made now, or the placeholder.</summary>
    public (byte[] Bytes, string ContentType) Get(FileHash hash, string? sourcePath)
    {
        var path = PathOf(hash);
        if (!File.Exists(path) && (sourcePath is null || !File.Exists(sourcePath) || !Make(hash, sourcePath)))
        {
            return (placeholder.Value, "image/png");
        }

        var bytes = File.ReadAllBytes(path);
        return (bytes, bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? "image/jpeg" : "image/png");
    }
}
