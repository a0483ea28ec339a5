namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// The files an import works on: folders expanded recursively (in name order), and every sidecar (NAME.EXT.txt or
/// NAME.EXT.json beside NAME.EXT) set apart so it is never taken for media.
/// </summary>
internal sealed record ImportFileList(IReadOnlyList<string> Media, IReadOnlyList<string> Sidecars)
{
    public static ImportFileList Of(IEnumerable<string> paths)
    {
        var all = Expand(paths).ToList();
        var set = new HashSet<string>(all, StringComparer.Ordinal);
        var media = new List<string>();
        var sidecars = new List<string>();
        foreach (var path in all)
        {
            (Sidecar.IsSidecarOf(path, set) ? sidecars : media).Add(path);
        }

        return new ImportFileList(media, sidecars);
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
