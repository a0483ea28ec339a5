namespace HydraEngine.Cli.Commands;

/// <summary>
/// Expands command-line paths: files as given, directories recursively over *.png and *.json. A symbolic link to a
/// directory is not followed (a link loop would list the same files again and again); linked files are listed.
/// </summary>
internal static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in FilesBelow(path)
                             .Where(file => file.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
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

    private static IEnumerable<string> FilesBelow(string folder) =>
        new System.IO.Enumeration.FileSystemEnumerable<string>(folder, (ref entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
