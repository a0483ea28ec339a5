using HydraEngine.Storage.Files;

namespace HydraEngine.RepoBench;

/// <summary>
/// The benchmark's update files on disk as a repository would serve them: <c>updates/&lt;sha256 hex&gt;</c> and
/// <c>updates.tsv</c> (update index, hash per line), which both sides read.
/// </summary>
internal sealed record UpdateSet(string Folder, IReadOnlyList<(long Index, FileHash Hash)> Files)
{
    public string UpdatesFolder => Path.Combine(Folder, "updates");

    public string Listing => Path.Combine(Folder, "updates.tsv");

    public static UpdateSet Write(string folder, IReadOnlyList<(long Index, byte[] Bytes)> files)
    {
        var set = new UpdateSet(folder, files.Select(file => (file.Index, FileHash.Of(file.Bytes))).ToList());
        Directory.CreateDirectory(set.UpdatesFolder);
        foreach (var ((_, bytes), (_, hash)) in files.Zip(set.Files))
        {
            File.WriteAllBytes(set.PathOf(hash), bytes);
        }

        File.WriteAllLines(set.Listing, set.Files.Select(file => $"{file.Index}\t{file.Hash.ToHex()}"));
        return set;
    }

    public string PathOf(FileHash hash) => Path.Combine(UpdatesFolder, hash.ToHex());

    public long CompressedBytes => Files.Sum(file => new FileInfo(PathOf(file.Hash)).Length);
}
